import { api, call } from './client';
import type { ExemptionTableLine, RuleSetting } from './types';

const version = (id: string) => ({ params: { path: { id } } });
const setting = (id: string, key: RuleSetting['key']) => ({ params: { path: { id, key } } });

/** Certification versions (blocks, modules, planned minutes), the rule settings and the exemption table of the school. */
export const referentialApi = {
  versions: () => call(api.GET('/api/v1/referential/versions')),
  settings: (versionId: string) => call(api.GET('/api/v1/referential/versions/{id}/settings', version(versionId))),
  override: (versionId: string, key: RuleSetting['key'], value: number | null, reason: string) =>
    call(api.PUT('/api/v1/referential/versions/{id}/settings/{key}', { ...setting(versionId, key), body: { value, reason } })),
  reset: (versionId: string, key: RuleSetting['key'], reason: string) =>
    call(api.POST('/api/v1/referential/versions/{id}/settings/{key}/reset', { ...setting(versionId, key), body: { reason } })),
  /** The exemption table in force (the school's own or the referential's), and the referential's. */
  exemptionTable: (versionId: string) => call(api.GET('/api/v1/referential/versions/{id}/exemption-table', version(versionId))),
  replaceExemptionTable: (versionId: string, rows: ExemptionTableLine[], reason: string) =>
    call(api.PUT('/api/v1/referential/versions/{id}/exemption-table', { ...version(versionId), body: { rows, reason } })),
  resetExemptionTable: (versionId: string, reason: string) =>
    call(api.POST('/api/v1/referential/versions/{id}/exemption-table/reset', { ...version(versionId), body: { reason } })),
};
