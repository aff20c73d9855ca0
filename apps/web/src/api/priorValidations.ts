import { api, call } from './client';
import type { components } from './schema';

type Schemas = components['schemas'];
export type PriorValidation = Schemas['PriorValidationResponse'];
export type PriorValidationInput = Schemas['RecordPriorValidationRequest'];
export type PriorSource = PriorValidation['source'];

const byTrainee = (traineeId: string) => ({ params: { path: { traineeId } } });

/** Blocks a trainee validated in an earlier path or by VAE; each call answers with the whole list. */
export const priorValidationsApi = {
  list: (traineeId: string) => call(api.GET('/api/v1/trainees/{traineeId}/prior-validations', byTrainee(traineeId))),
  record: (traineeId: string, body: PriorValidationInput) =>
    call(api.POST('/api/v1/trainees/{traineeId}/prior-validations', { ...byTrainee(traineeId), body })),
  remove: (traineeId: string, id: string, reason: string) =>
    call(
      api.POST('/api/v1/trainees/{traineeId}/prior-validations/{id}/remove', {
        params: { path: { traineeId, id } },
        body: { reason },
      }),
    ),
};

export const priorValidationsKeys = { trainee: (traineeId: string | undefined) => ['prior-validations', traineeId] as const };
