import type { ApplicationInput } from '../../api/types';
import { parisDay } from '../../lib/dates';

/** The form's values: the API's fields, plus whether the candidate is already hired and holds an AFGSU attestation. */
export type ApplyValues = Partial<ApplicationInput> & { hired?: boolean; afgsu?: boolean };

/** The employer is asked of a secretary in post and of an assistant already hired. */
export const asksEmployer = (values: ApplyValues) => !!values.hired || values.situation === 'medical_secretary';

/** A date input's check: the day may not come after today (in Paris); `message` is a catalogue key. */
export const notInFuture = (message: string) => (value: string | null | undefined) => (value && value > parisDay() ? message : undefined);

const text = (value: string | null | undefined) => value?.trim() || null;

/** The request body: fields hidden by the answers are sent empty. */
export function toApplicationInput(schoolSlug: string, values: ApplyValues): ApplicationInput {
  return {
    schoolSlug,
    cohortId: values.cohortId ?? '',
    lastName: values.lastName ?? '',
    firstName: values.firstName ?? '',
    email: values.email?.trim() ?? '',
    phone: text(values.phone),
    situation: values.situation as ApplicationInput['situation'],
    diplomas: values.diplomas ?? [],
    secretaryExperienceYears: values.secretaryExperienceYears ?? 0,
    hiredAsAssistantOn: values.hired ? (values.hiredAsAssistantOn ?? null) : null,
    employerName: asksEmployer(values) ? text(values.employerName) : null,
    fundingPath: values.fundingPath as ApplicationInput['fundingPath'],
    vae: !!values.vae,
    vaeExperienceHours: values.vae ? (values.vaeExperienceHours ?? null) : null,
    afgsuLevel: values.afgsu ? (values.afgsuLevel ?? null) : null,
    afgsuIssuedOn: values.afgsu ? (values.afgsuIssuedOn ?? null) : null,
  };
}
