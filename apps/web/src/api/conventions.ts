import { api, call, callFile } from './client';
import type { components } from './schema';

type Schemas = components['schemas'];
export type Convention = Schemas['ConventionResponse'];
export type ConventionStatus = Schemas['ConventionStatus'];
export type ConventionParty = Schemas['ConventionParty'];
export type ConventionTemplate = Schemas['ConventionTemplateResponse'];
export type ConventionTemplateInput = Schemas['ConventionTemplateRequest'];
export type PublicSignature = Schemas['PublicSignatureResponse'];
export type SignatureInput = Schemas['SignConventionRequest'];
export type PlacementStart = Schemas['StartPlacementResponse'];

const byId = (id: string) => ({ params: { path: { id } } });
const byToken = (token: string) => ({ params: { path: { token } } });

/** Conventions de stage: versions of a placement's convention, sending, avenants, the start gate, the school's template. */
export const conventionsApi = {
  list: (placementId: string) => call(api.GET('/api/v1/placements/{id}/conventions', byId(placementId))),
  create: (placementId: string) => call(api.POST('/api/v1/placements/{id}/conventions', byId(placementId))),
  refresh: (id: string) => call(api.POST('/api/v1/conventions/{id}/refresh', byId(id))),
  send: (id: string) => call(api.POST('/api/v1/conventions/{id}/send', byId(id))),
  amend: (id: string) => call(api.POST('/api/v1/conventions/{id}/amendments', byId(id))),
  pdf: (id: string) => callFile(api.GET('/api/v1/conventions/{id}/pdf', { ...byId(id), parseAs: 'blob' })),
  start: (placementId: string) => call(api.POST('/api/v1/placements/{id}/start', byId(placementId))),
  template: () => call(api.GET('/api/v1/convention-template')),
  saveTemplate: (body: ConventionTemplateInput) => call(api.PUT('/api/v1/convention-template', { body })),
};

/** Signing through a magic link (no session). */
export const signatureApi = {
  view: (token: string) => call(api.GET('/api/v1/public/signatures/{token}', byToken(token))),
  sign: (token: string, body: SignatureInput) => call(api.POST('/api/v1/public/signatures/{token}', { ...byToken(token), body })),
  /** The PDF to sign, opened by the browser (same origin, no session needed). */
  pdfUrl: (token: string) => `/api/v1/public/signatures/${encodeURIComponent(token)}/pdf`,
};

export const conventionKeys = {
  list: (placementId: string) => ['conventions', placementId] as const,
  template: ['convention-template'] as const,
  signature: (token: string) => ['signature', token] as const,
};
