import { api, call } from './client';
import type { components } from './schema';

type Schemas = components['schemas'];
export type TraineeHealth = Schemas['TraineeHealthResponse'];
export type TraineeHealthInput = Schemas['SaveTraineeHealthRequest'];
export type Adjustment = Schemas['Adjustment'];
export type VaccineKind = Schemas['VaccineKind'];
export type VaccinationStatus = Schemas['VaccinationStatus'];
export type HealthAccess = Schemas['HealthAccessResponse'];

export const ADJUSTMENTS = [
  'extra_time',
  'accessibility',
  'adapted_materials',
  'breaks',
  'assistant',
  'remote',
  'other',
] as const satisfies readonly Adjustment[];
export const VACCINATION_STATUSES = ['up_to_date', 'incomplete', 'unknown'] as const satisfies readonly VaccinationStatus[];

export const healthKeys = {
  trainee: (traineeId: string | undefined) => ['health', traineeId],
  mine: ['me', 'health'],
};

/**
 * Health data (disability adjustments, vaccinations). Each call is a logged access: fetch only when the person opens
 * the section, never in the background.
 */
export const healthApi = {
  trainee: (id: string) => call(api.GET('/api/v1/trainees/{id}/health', { params: { path: { id } } })),
  save: (id: string, body: TraineeHealthInput) => call(api.PUT('/api/v1/trainees/{id}/health', { params: { path: { id } }, body })),
  mine: () => call(api.GET('/api/v1/me/health')),
};
