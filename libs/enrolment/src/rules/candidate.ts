/**
 * What a candidate tells the school about themselves on the application form: the facts the admission rules
 * (eligibility, documents, positioning, deadlines) are computed from.
 */

/** Current situation: medical secretary in post, nurse, care assistant, childcare assistant, job seeker, other. */
export type Situation = 'medical_secretary' | 'nurse' | 'care_assistant' | 'childcare_assistant' | 'job_seeker' | 'other';

import type { Diploma } from '@app/referential/exemptions/diplomas';

export { DIPLOMA_LABELS, DIPLOMAS } from '@app/referential/exemptions/diplomas';
export type { Diploma } from '@app/referential/exemptions/diplomas';

/** Who pays: plan de développement des compétences (OPCO EP), contrat de professionnalisation, CPF, France Travail, employer, self. */
export type FundingPath = 'plan_developpement' | 'contrat_pro' | 'cpf' | 'france_travail' | 'employer' | 'self';

/**
 * The candidate's answers. `secretaryExperienceYears` may be fractional (1.5 = a year and a half);
 * `hiredAsAssistantOn` ('YYYY-MM-DD') is set for an assistant already hired without the CQP;
 * `vaeExperienceHours` is only meaningful when `vae` is true; `afgsuIssuedOn` ('YYYY-MM-DD') is the issue date of an AFGSU
 * attestation the candidate declares (absent or null: none).
 */
export interface CandidateProfile {
  situation: Situation;
  diplomas: Diploma[];
  secretaryExperienceYears: number;
  hiredAsAssistantOn: string | null;
  vae: boolean;
  vaeExperienceHours: number | null;
  afgsuIssuedOn?: string | null;
}

/** French labels of the situations, as the form offers them. */
export const SITUATION_LABELS: Record<Situation, string> = {
  medical_secretary: 'Secrétaire médical(e) en poste',
  nurse: 'Infirmier(e)',
  care_assistant: 'Aide-soignant(e)',
  childcare_assistant: 'Auxiliaire de puériculture',
  job_seeker: "Demandeur(se) d'emploi",
  other: 'Autre situation',
};

/** French labels of the funding paths, as the form offers them. */
export const FUNDING_PATH_LABELS: Record<FundingPath, string> = {
  plan_developpement: 'Plan de développement des compétences (OPCO EP)',
  contrat_pro: 'Contrat de professionnalisation',
  cpf: 'Compte personnel de formation (CPF)',
  france_travail: 'France Travail',
  employer: "Financement par l'employeur",
  self: 'Financement personnel',
};
