import type { Diploma, FundingPath, Situation } from '../api/types';

/** Choices of the application form, in the order shown; their labels are in fr.ts under the given prefix. */
export const SITUATIONS: readonly Situation[] = ['medical_secretary', 'nurse', 'care_assistant', 'childcare_assistant', 'job_seeker', 'other'];
export const DIPLOMAS: readonly Diploma[] = ['level4', 'dei', 'deas', 'deap', 'secretary_title'];
export const FUNDING_PATHS: readonly FundingPath[] = ['plan_developpement', 'contrat_pro', 'cpf', 'france_travail', 'employer', 'self'];

export const choicesOf = (values: readonly string[], prefix: string) => values.map((id) => ({ id, name: `${prefix}.${id}` }));

/** Document kinds that may also be a Word file (the API reads the real type from the content). */
const WORD_KINDS = ['cv', 'cover_letter'];
export const acceptsWord = (kind: string) => WORD_KINDS.includes(kind);

/** The `accept` of the file picker for a document kind. */
export function acceptFor(kind: string): string {
  const types = ['.pdf', '.jpg', '.jpeg', '.png', 'application/pdf', 'image/jpeg', 'image/png'];
  if (acceptsWord(kind)) types.push('.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  return types.join(',');
}

/** Statuses in which the candidate may still add or replace documents (the API refuses it otherwise). */
const OPEN_STATUSES = ['draft', 'submitted', 'incomplete'];
export const isFileOpen = (status: string) => OPEN_STATUSES.includes(status);
