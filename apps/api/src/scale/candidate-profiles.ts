import { CandidateProfile, FundingPath } from '@app/enrolment/rules/candidate';
import { DocumentKind, requiredDocuments } from '@app/enrolment/rules/documents.rules';
import { checkEligibility } from '@app/enrolment/rules/eligibility.rules';
import { ExemptionDefault, PositioningBlock, proposeExemptions, ProposedExemption } from '@app/enrolment/rules/positioning.rules';

/** A kind of candidate, as common in CQP Assistant médical intakes, and how often they enter training. */
export interface CandidateArchetype {
  profile: Omit<CandidateProfile, 'hiredAsAssistantOn' | 'afgsuIssuedOn'>;
  fundingPath: FundingPath;
  /** Hired as a medical assistant this many days before the cohort starts (null: not hired as one). */
  hiredDaysBefore: number | null;
  employerName: string | null;
  /** The level of a prior AFGSU attestation that 7 in 10 of them hold (nurses, care assistants). */
  priorAfgsuLevel: 1 | 2 | null;
  /** Share among trainees (candidates who enter training); 0: refused candidates only. */
  traineeWeight: number;
  /** Share among the other candidates of an intake. */
  candidateWeight: number;
}

const profile = (
  situation: CandidateProfile['situation'],
  diplomas: CandidateProfile['diplomas'],
  secretaryExperienceYears: number,
): CandidateArchetype['profile'] => ({ situation, diplomas, secretaryExperienceYears, vae: false, vaeExperienceHours: null });

export const ARCHETYPES: CandidateArchetype[] = [
  {
    profile: profile('medical_secretary', ['level4'], 6),
    fundingPath: 'plan_developpement',
    hiredDaysBefore: 200,
    employerName: 'Cabinet médical du centre',
    priorAfgsuLevel: null,
    traineeWeight: 25,
    candidateWeight: 15,
  },
  {
    profile: profile('medical_secretary', ['secretary_title', 'level4'], 8),
    fundingPath: 'employer',
    hiredDaysBefore: null,
    employerName: 'Maison de santé des Tilleuls',
    priorAfgsuLevel: null,
    traineeWeight: 15,
    candidateWeight: 10,
  },
  {
    profile: profile('nurse', ['dei', 'level4'], 0),
    fundingPath: 'cpf',
    hiredDaysBefore: null,
    employerName: null,
    priorAfgsuLevel: 2,
    traineeWeight: 8,
    candidateWeight: 5,
  },
  {
    profile: profile('care_assistant', ['deas'], 0),
    fundingPath: 'france_travail',
    hiredDaysBefore: null,
    employerName: null,
    priorAfgsuLevel: 1,
    traineeWeight: 10,
    candidateWeight: 10,
  },
  {
    profile: profile('childcare_assistant', ['deap'], 0),
    fundingPath: 'cpf',
    hiredDaysBefore: null,
    employerName: null,
    priorAfgsuLevel: null,
    traineeWeight: 5,
    candidateWeight: 5,
  },
  {
    profile: profile('job_seeker', ['level4'], 1),
    fundingPath: 'france_travail',
    hiredDaysBefore: null,
    employerName: null,
    priorAfgsuLevel: null,
    traineeWeight: 12,
    candidateWeight: 20,
  },
  {
    profile: profile('other', ['level4'], 0),
    fundingPath: 'contrat_pro',
    hiredDaysBefore: 30,
    employerName: 'Centre médical Pasteur',
    priorAfgsuLevel: null,
    traineeWeight: 15,
    candidateWeight: 10,
  },
  {
    profile: profile('medical_secretary', [], 4),
    fundingPath: 'employer',
    hiredDaysBefore: null,
    employerName: 'Cabinet de cardiologie des Halles',
    priorAfgsuLevel: null,
    traineeWeight: 10,
    candidateWeight: 10,
  },
  {
    profile: profile('job_seeker', [], 1),
    fundingPath: 'self',
    hiredDaysBefore: null,
    employerName: null,
    priorAfgsuLevel: null,
    traineeWeight: 0,
    candidateWeight: 15,
  },
];

/**
 * An archetype with or without its prior AFGSU (index archetype × 2 + 1 with it): what the admission rules make of it —
 * eligibility, required documents, and the exemptions staff accept at enrolment (proposeExemptions with the version's
 * default table; the AFGSU module only with the prior attestation).
 */
export interface CandidateVariant {
  index: number;
  archetype: CandidateArchetype;
  withPriorAfgsu: boolean;
  eligible: boolean;
  requiredDocuments: DocumentKind[];
  exemptions: ProposedExemption[];
  /** Modules the trainee does not attend: fully exempted, alone or with their whole block. */
  skippedModuleIds: string[];
}

/** Every variant, in index order. `dateForRules` stands for the dates the rules only test for presence. */
export function candidateVariants(
  defaults: ExemptionDefault[],
  blocks: PositioningBlock[],
  rules: { secretaryExperienceYears: number },
  dateForRules: string,
): CandidateVariant[] {
  return ARCHETYPES.flatMap((archetype, a) =>
    [false, true].map((withPriorAfgsu) => {
      const hired = archetype.hiredDaysBefore === null ? null : dateForRules;
      const afgsu = withPriorAfgsu ? dateForRules : null;
      const candidate: CandidateProfile = { ...archetype.profile, hiredAsAssistantOn: hired, afgsuIssuedOn: afgsu };
      const exemptions = proposeExemptions(archetype.profile.diplomas, defaults, blocks, withPriorAfgsu);
      const minutesOf = (blockId: string, moduleId: string | null) =>
        exemptions.filter((e) => e.blockId === blockId && e.moduleId === moduleId).reduce((sum, e) => sum + e.minutes, 0);
      const skippedModuleIds = blocks.flatMap((b) =>
        minutesOf(b.id, null) + b.modules.reduce((sum, m) => sum + minutesOf(b.id, m.id), 0) >= b.plannedMinutes
          ? b.modules.map((m) => m.id)
          : b.modules.filter((m) => minutesOf(b.id, m.id) >= m.plannedMinutes).map((m) => m.id),
      );
      return {
        index: a * 2 + (withPriorAfgsu ? 1 : 0),
        archetype,
        withPriorAfgsu,
        eligible: checkEligibility(archetype.profile, rules).eligible,
        requiredDocuments: requiredDocuments(candidate, archetype.fundingPath),
        exemptions,
        skippedModuleIds,
      };
    }),
  );
}

/** 100 archetype indexes in proportion to `weight`: a row picks its archetype as lookup[hash % 100]. */
export function archetypeLookup(weight: (a: CandidateArchetype) => number): number[] {
  const total = ARCHETYPES.reduce((sum, a) => sum + weight(a), 0);
  const lookup: number[] = [];
  let cumulative = 0;
  ARCHETYPES.forEach((a, i) => {
    cumulative += weight(a);
    while (lookup.length < Math.round((cumulative * 100) / total)) lookup.push(i);
  });
  return lookup;
}
