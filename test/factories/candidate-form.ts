import { randomUUID } from 'node:crypto';

/** What a candidate sends on the public form: a DEAS holder applying with CPF funding, unless told otherwise. */
export function candidateForm(schoolSlug: string, cohortId: string, over: Record<string, unknown> = {}) {
  return {
    schoolSlug,
    cohortId,
    lastName: 'Durand',
    firstName: 'Zoé',
    email: `cand.${randomUUID().slice(0, 8)}@example.fr`,
    situation: 'care_assistant',
    diplomas: ['deas'],
    secretaryExperienceYears: 0,
    fundingPath: 'cpf',
    vae: false,
    ...over,
  };
}
