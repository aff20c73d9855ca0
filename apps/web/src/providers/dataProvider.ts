import type { DataProvider, Identifier } from 'react-admin';
import { api, call } from '../api/client';
import type {
  CohortCreate,
  CohortFormat,
  CohortUpdate,
  SchoolCreate,
  SchoolRole,
  SchoolUpdate,
  TraineeStatus,
  UserCreate,
  UserStatus,
  UserUpdate,
} from '../api/types';
import { applicationFilter } from '../lib/applications';
import { parisDayBound } from '../lib/dates';
import { SORTABLE } from '../lib/sorting';
import { internshipResources } from '../resources/internship/internshipResources';
import { paging, path, pick, type Data, type Filter, type ResourceApi } from './resourceApi';

const resources: Record<string, ResourceApi> = {
  ...internshipResources,
  schools: {
    list: (p, f) => call(api.GET('/api/v1/schools', { params: { query: { ...paging(p, SORTABLE.schools), q: f.q } } })),
    one: (id) => call(api.GET('/api/v1/schools/{id}', { params: path(id) })),
    create: (d) => call(api.POST('/api/v1/schools', { body: pick<SchoolCreate>(d, ['name', 'slug', 'adminEmail', 'adminFullName']) })),
    update: (id, d) => call(api.PATCH('/api/v1/schools/{id}', { params: path(id), body: pick<SchoolUpdate>(d, ['name']) })),
  },
  users: {
    list: (p, f) =>
      call(
        api.GET('/api/v1/users', {
          params: {
            query: {
              ...paging(p, SORTABLE.users),
              q: f.q,
              role: f.role as SchoolRole | undefined,
              status: f.status as UserStatus | undefined,
            },
          },
        }),
      ),
    one: (id) => call(api.GET('/api/v1/users/{id}', { params: path(id) })),
    create: (d) => call(api.POST('/api/v1/users', { body: pick<UserCreate>(d, ['email', 'fullName', 'role']) })),
    update: (id, d) => call(api.PATCH('/api/v1/users/{id}', { params: path(id), body: pick<UserUpdate>(d, ['fullName', 'role']) })),
  },
  outbox: {
    list: (p, f) => call(api.GET('/api/v1/outbox', { params: { query: { ...paging(p, SORTABLE.outbox), q: f.q } } })),
    one: (id) => call(api.GET('/api/v1/outbox/{id}', { params: path(id) })),
  },
  cohorts: {
    list: (p, f) =>
      call(
        api.GET('/api/v1/cohorts', {
          params: { query: { ...paging(p, SORTABLE.cohorts), q: f.q, format: f.format as CohortFormat | undefined, activeOn: f.activeOn } },
        }),
      ),
    one: (id) => call(api.GET('/api/v1/cohorts/{id}', { params: path(id) })),
    create: (d) =>
      call(
        api.POST('/api/v1/cohorts', {
          body: pick<CohortCreate>(d, ['name', 'versionId', 'format', 'startDate', 'endDate', 'capacity', 'place']),
        }),
      ),
    update: (id, d) =>
      call(
        api.PATCH('/api/v1/cohorts/{id}', {
          params: path(id),
          body: pick<CohortUpdate>(d, ['name', 'format', 'startDate', 'endDate', 'capacity', 'place']),
        }),
      ),
  },
  trainees: {
    one: (id) => call(api.GET('/api/v1/trainees/{id}', { params: path(id) })),
    listBy: (target, id, p, f) => {
      if (target !== 'cohortId') unsupported();
      return call(
        api.GET('/api/v1/cohorts/{id}/trainees', {
          params: { path: { id }, query: { ...paging(p, SORTABLE.trainees), q: f.q, status: f.status as TraineeStatus | undefined } },
        }),
      );
    },
  },
  applications: {
    list: (p, f) =>
      call(api.GET('/api/v1/applications', { params: { query: { ...paging(p, SORTABLE.applications), ...applicationFilter(f) } } })),
    one: (id) => call(api.GET('/api/v1/applications/{id}', { params: path(id) })),
  },
  'health-access-log': {
    list: (p, f) =>
      call(
        api.GET('/api/v1/health-access-log', {
          params: { query: { ...paging(p, SORTABLE['health-access-log']), traineeId: f.traineeId } },
        }),
      ),
  },
  'audit-events': {
    list: (p, f) =>
      call(
        api.GET('/api/v1/audit-events', {
          params: {
            query: {
              ...paging(p, SORTABLE['audit-events']),
              entityType: f.entityType,
              action: f.action,
              actorId: f.actorId,
              from: parisDayBound(f.from, 'start'),
              to: parisDayBound(f.to, 'end'),
            },
          },
        }),
      ),
  },
};

function resourceApi(name: string): ResourceApi {
  const found = resources[name];
  if (!found) throw new Error(`Unknown resource ${name}`);
  return found;
}

function unsupported(): never {
  throw new Error('ra.notification.http_error');
}

/** Cleans react-admin filters: empty inputs are not sent. */
function cleanFilter(filter: Data | undefined): Filter {
  return Object.fromEntries(
    Object.entries(filter ?? {})
      .filter(([, value]) => value !== '' && value != null)
      .map(([k, v]) => [k, String(v)]),
  );
}

export type UserAction = 'disable' | 'enable' | 'resend-invitation';

export interface AppDataProvider extends DataProvider {
  userAction(id: Identifier, action: UserAction): Promise<void>;
}

export const dataProvider: AppDataProvider = {
  async getList(resource, params) {
    const list = resourceApi(resource).list ?? unsupported;
    const page = await list(params, cleanFilter(params.filter));
    return { data: page.items as never[], total: page.total };
  },
  async getManyReference(resource, params) {
    const listBy = resourceApi(resource).listBy ?? unsupported;
    const page = await listBy(params.target, String(params.id), params, cleanFilter(params.filter));
    return { data: page.items as never[], total: page.total };
  },
  async getOne(resource, { id }) {
    const one = resourceApi(resource).one ?? unsupported;
    return { data: (await one(String(id))) as never };
  },
  async getMany(resource, { ids }) {
    const one = resourceApi(resource).one ?? unsupported;
    return { data: (await Promise.all(ids.map((id) => one(String(id))))) as never[] };
  },
  async create(resource, { data }) {
    const create = resourceApi(resource).create ?? unsupported;
    return { data: (await create(data as Data)) as never };
  },
  async update(resource, { id, data }) {
    const update = resourceApi(resource).update ?? unsupported;
    return { data: (await update(String(id), data as Data)) as never };
  },
  updateMany: unsupported,
  delete: unsupported,
  deleteMany: unsupported,
  async userAction(id, action) {
    const params = path(String(id));
    if (action === 'disable') await call(api.POST('/api/v1/users/{id}/disable', { params }));
    else if (action === 'enable') await call(api.POST('/api/v1/users/{id}/enable', { params }));
    else await call(api.POST('/api/v1/users/{id}/resend-invitation', { params }));
  },
};
