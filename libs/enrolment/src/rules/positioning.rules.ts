import { Diploma, DIPLOMAS } from './candidate';

/**
 * A default exemption of the referential: holders of `diploma` may be exempted from `share` (0 to 1) of a module
 * (`moduleCode`) or, when moduleCode is null, of a whole block (`blockCode`). `reason` completes the justification.
 */
export interface ExemptionDefault {
  diploma: Diploma;
  blockCode: string;
  moduleCode: string | null;
  share: number;
  reason: string;
}

/** A block of the referential version the candidate would follow, with its modules. */
export interface PositioningBlock {
  id: string;
  code: string;
  plannedMinutes: number;
  modules: { id: string; code: string; plannedMinutes: number }[];
}

/** An exemption proposed to the staff, who keep, adjust or drop it. */
export interface ProposedExemption {
  blockId: string;
  moduleId: string | null;
  minutes: number;
  justification: string;
}

/** The module of the emergency care training (AFGSU level 1): exempted only with a valid AFGSU attestation. */
export const AFGSU_MODULE_CODE = 'BC04-M1';

const dei = (moduleCode: string, share: number, reason: string): ExemptionDefault => ({
  diploma: 'dei',
  blockCode: moduleCode.slice(0, 4),
  moduleCode,
  share,
  reason,
});
const deas = (moduleCode: string, share: number, reason: string): ExemptionDefault => ({
  ...dei(moduleCode, share, reason),
  diploma: 'deas',
});
const deap = (moduleCode: string, share: number, reason: string): ExemptionDefault => ({
  ...dei(moduleCode, share, reason),
  diploma: 'deap',
});
const title = (moduleCode: string, share: number, reason: string): ExemptionDefault => ({
  ...dei(moduleCode, share, reason),
  diploma: 'secretary_title',
});

/**
 * The default table (DOMAIN "Positioning outcome"): DEI, DEAS and DEAP holders are exempted from parts of blocks 1, 3
 * and 4 (the AFGSU module only with a valid attestation, which proposeExemptions checks), by module and in proportion
 * to what their own training covered; holders of the medical secretary title from most of block 2 (all but
 * telemedicine, absent from that title). A level-4 diploma gives no exemption. Staff decide in every case.
 */
export const DEFAULT_EXEMPTIONS: ExemptionDefault[] = [
  dei('BC01-M1', 1, 'examens et soins courants acquis en formation infirmière'),
  dei('BC01-M2', 0.5, 'coordination du parcours de soins étudiée en formation infirmière'),
  dei('BC01-M3', 1, 'vaccination et dépistages relèvent du rôle infirmier'),
  dei('BC03-M1', 1, 'prévention du risque infectieux acquise en formation infirmière'),
  dei('BC03-M2', 1, 'identitovigilance pratiquée en soins'),
  dei('BC03-M3', 0.5, 'pharmacologie étudiée en formation infirmière'),
  dei('BC04-M1', 1, 'AFGSU en cours de validité'),
  dei('BC04-M2', 1, 'mesure des constantes acquise en formation infirmière'),
  dei('BC04-M4', 0.5, 'préparation du matériel de soins acquise en formation infirmière'),
  deas('BC01-M1', 0.5, 'soins courants acquis en formation d’aide-soignant'),
  deas('BC03-M1', 1, 'prévention du risque infectieux acquise en formation d’aide-soignant'),
  deas('BC03-M2', 0.5, 'identitovigilance abordée en formation d’aide-soignant'),
  deas('BC04-M1', 1, 'AFGSU en cours de validité'),
  deas('BC04-M2', 1, 'mesure des constantes acquise en formation d’aide-soignant'),
  deap('BC01-M3', 0.5, 'vaccinations et dépistages de l’enfant étudiés en formation d’auxiliaire de puériculture'),
  deap('BC03-M1', 1, 'prévention du risque infectieux acquise en formation d’auxiliaire de puériculture'),
  deap('BC04-M1', 1, 'AFGSU en cours de validité'),
  deap('BC04-M2', 0.5, 'mesure des constantes de l’enfant acquise en formation d’auxiliaire de puériculture'),
  title('BC02-M1', 1, 'gestion du dossier patient acquise'),
  title('BC02-M2', 1, 'vocabulaire médical acquis'),
  title('BC02-M3', 1, 'logiciels médicaux pratiqués'),
  title('BC02-M4', 1, 'accueil et communication avec les patients acquis'),
];

/** How justifications name the holder of each diploma. */
const HOLDER: Record<Diploma, string> = {
  level4: "Titulaire d'un diplôme de niveau 4",
  dei: 'Titulaire du DEI',
  deas: 'Titulaire du DEAS',
  deap: 'Titulaire du DEAP',
  secretary_title: 'Titulaire du titre de secrétaire médicale',
};

interface Proposal {
  rank: number;
  minutes: number;
  justification: string;
}

/**
 * Exemptions to propose to a candidate from the diplomas they hold and the default table, in the order of `blocks`
 * (the block itself, then its modules). Each default gives round(share × planned minutes) of its module or block;
 * defaults whose block or module the referential does not have are ignored, as are those giving 0 minutes. When
 * several defaults target the same module or block, the largest is kept (ties: the diploma first in DIPLOMAS), never
 * their sum, so the order of `diplomas` does not matter. The AFGSU module (AFGSU_MODULE_CODE) is only exempted when
 * `afgsuValid`; otherwise a whole-block share is taken of the block without it. A whole-block exemption is also cut
 * to what the module exemptions of the block leave: a block's exemptions never exceed its planned minutes, nor a
 * module's its own. Justifications name the diploma: « Titulaire du DEAS : AFGSU en cours de validité ».
 * Throws a RangeError on a share outside 0..1.
 */
export function proposeExemptions(
  diplomas: Diploma[],
  defaults: ExemptionDefault[],
  blocks: PositioningBlock[],
  afgsuValid: boolean,
): ProposedExemption[] {
  const held = new Set(diplomas);
  const best = new Map<string, Proposal>();
  for (const d of defaults) {
    if (!Number.isFinite(d.share) || d.share < 0 || d.share > 1) {
      throw new RangeError(`Part de dispense invalide pour ${d.moduleCode ?? d.blockCode} : ${d.share} (entre 0 et 1).`);
    }
    if (!held.has(d.diploma)) continue;
    const block = blocks.find((b) => b.code === d.blockCode);
    if (!block) continue;
    const target = d.moduleCode === null ? null : block.modules.find((m) => m.code === d.moduleCode);
    if (target === undefined) continue;
    if (target?.code === AFGSU_MODULE_CODE && !afgsuValid) continue;
    const excluded = target === null && !afgsuValid ? afgsuMinutes(block) : 0;
    const minutes = Math.round(d.share * Math.max(0, (target ?? block).plannedMinutes - excluded));
    const note = excluded > 0 ? ' (hors AFGSU : attestation non valide)' : '';
    const proposal = { rank: DIPLOMAS.indexOf(d.diploma), minutes, justification: `${HOLDER[d.diploma]} : ${d.reason}${note}` };
    const key = `${block.id}\u0000${target?.id ?? ''}`;
    if (isBetter(proposal, best.get(key))) best.set(key, proposal);
  }
  return blocks.flatMap((block) => blockProposals(block, best, afgsuValid));
}

function isBetter(proposal: Proposal, current: Proposal | undefined): boolean {
  if (!current) return true;
  if (proposal.minutes !== current.minutes) return proposal.minutes > current.minutes;
  if (proposal.rank !== current.rank) return proposal.rank < current.rank;
  return proposal.justification < current.justification;
}

function afgsuMinutes(block: PositioningBlock): number {
  return block.modules.filter((m) => m.code === AFGSU_MODULE_CODE).reduce((sum, m) => sum + m.plannedMinutes, 0);
}

function blockProposals(block: PositioningBlock, best: Map<string, Proposal>, afgsuValid: boolean): ProposedExemption[] {
  const modules: ProposedExemption[] = [];
  let left = Math.max(0, block.plannedMinutes);
  for (const module of block.modules) {
    const chosen = best.get(`${block.id}\u0000${module.id}`);
    const minutes = Math.min(chosen?.minutes ?? 0, Math.max(0, module.plannedMinutes), left);
    if (!chosen || minutes <= 0) continue;
    modules.push({ blockId: block.id, moduleId: module.id, minutes, justification: chosen.justification });
    left -= minutes;
  }
  const whole = best.get(`${block.id}\u0000`);
  if (!afgsuValid) left = Math.max(0, left - afgsuMinutes(block));
  const minutes = Math.min(whole?.minutes ?? 0, left);
  if (!whole || minutes <= 0) return modules;
  const justification =
    minutes < whole.minutes ? `${whole.justification} (part non couverte par les dispenses de modules)` : whole.justification;
  return [{ blockId: block.id, moduleId: null, minutes, justification }, ...modules];
}
