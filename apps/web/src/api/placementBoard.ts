import { api, call } from './client';
import type { components } from './schema';

type Schemas = components['schemas'];
export type PlacementBoard = Schemas['PlacementBoardResponse'];
export type BoardPlacement = Schemas['BoardPlacementResponse'];
export type BoardConvention = Schemas['BoardConventionResponse'];
export type BoardEvaluation = Schemas['BoardEvaluationResponse'];
export type BoardReminder = Schemas['BoardReminderResponse'];
export type BoardVaccination = Schemas['BoardVaccinationResponse'];
export type BoardTrainee = Schemas['BoardTraineeResponse'];
export type PlacementCard = Schemas['PlacementCardResponse'];

export interface PlacementBoardQuery {
  week?: string;
  cohortId?: string;
}

/** The placement board of a week, and a trainee's placements as cards. */
export const placementBoardApi = {
  board: (query: PlacementBoardQuery) => call(api.GET('/api/v1/placement-board', { params: { query } })),
  cards: (traineeId: string) => call(api.GET('/api/v1/trainees/{id}/placements', { params: { path: { id: traineeId } } })),
  mine: () => call(api.GET('/api/v1/me/placements')),
};

export const placementBoardKeys = {
  all: ['placement-board'] as const,
  board: (query: PlacementBoardQuery) => ['placement-board', query] as const,
  cards: (traineeId: string) => ['placement-cards', traineeId] as const,
  mine: ['placement-cards', 'me'] as const,
};
