import { api, call } from './client';
import type { RuleSetting } from './types';

const version = (id: string) => ({ params: { path: { id } } });
const setting = (id: string, key: RuleSetting['key']) => ({ params: { path: { id, key } } });

/** Certification versions (blocks, modules, planned minutes) and the rule settings of the school. */
export const referentialApi = {
  versions: () => call(api.GET('/api/v1/referential/versions')),
  settings: (versionId: string) => call(api.GET('/api/v1/referential/versions/{id}/settings', version(versionId))),
  override: (versionId: string, key: RuleSetting['key'], value: number | null, reason: string) =>
    call(api.PUT('/api/v1/referential/versions/{id}/settings/{key}', { ...setting(versionId, key), body: { value, reason } })),
  reset: (versionId: string, key: RuleSetting['key'], reason: string) =>
    call(api.POST('/api/v1/referential/versions/{id}/settings/{key}/reset', { ...setting(versionId, key), body: { reason } })),
};
