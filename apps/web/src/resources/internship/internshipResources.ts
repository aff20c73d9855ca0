import { api, call } from '../../api/client';
import type { HostSiteInput, HostSiteKind, PlacementInput, TutorInput } from '../../api/internship';
import { paging, path, pick, type Data, type ResourceApi } from '../../providers/resourceApi';
import { withPlacementFields } from './placements/placementErrors';

const HOST_SITE_FIELDS: (keyof HostSiteInput)[] = [
  'name',
  'kind',
  'speciality',
  'address',
  'postalCode',
  'city',
  'siret',
  'capacity',
  'contacts',
];
const TUTOR_FIELDS: (keyof TutorInput)[] = ['lastName', 'firstName', 'profession', 'rpps', 'email', 'phone', 'hostSiteIds'];
const PLACEMENT_FIELDS: (keyof PlacementInput)[] = [
  'traineeId',
  'hostSiteId',
  'tutorId',
  'type',
  'startOn',
  'endOn',
  'plannedHours',
  'objectives',
];

/** A host site's form: the speciality only for a specialist practice. */
const hostSiteBody = (d: Data): HostSiteInput => {
  const body = pick<HostSiteInput>(d, HOST_SITE_FIELDS);
  return body.kind && body.kind !== 'specialist_practice' ? { ...body, speciality: null } : body;
};

/** A tutor's record carries its sites as { id, name }: the form edits their ids. */
const tutorBody = (d: Data): TutorInput => pick<TutorInput>(d, TUTOR_FIELDS);

/** Host sites (lieux de stage), tutors and placements (stages). */
export const internshipResources: Record<string, ResourceApi> = {
  'host-sites': {
    list: (p, f) =>
      call(api.GET('/api/v1/host-sites', { params: { query: { ...paging(p, []), q: f.q, kind: f.kind as HostSiteKind | undefined } } })),
    one: (id) => call(api.GET('/api/v1/host-sites/{id}', { params: path(id) })),
    create: (d) => call(api.POST('/api/v1/host-sites', { body: hostSiteBody(d) })),
    update: (id, d) => call(api.PATCH('/api/v1/host-sites/{id}', { params: path(id), body: hostSiteBody(d) })),
  },
  tutors: {
    list: (p, f) => call(api.GET('/api/v1/tutors', { params: { query: { ...paging(p, []), q: f.q, hostSiteId: f.hostSiteId } } })),
    listBy: (target, id, p) => {
      if (target !== 'hostSiteId') throw new Error('ra.notification.http_error');
      return call(api.GET('/api/v1/tutors', { params: { query: { ...paging(p, []), hostSiteId: id } } }));
    },
    one: async (id) => {
      const tutor = await call(api.GET('/api/v1/tutors/{id}', { params: path(id) }));
      return { ...tutor, hostSiteIds: tutor.hostSites.map((s) => s.id) };
    },
    create: (d) => call(api.POST('/api/v1/tutors', { body: tutorBody(d) })),
    update: (id, d) => call(api.PATCH('/api/v1/tutors/{id}', { params: path(id), body: tutorBody(d) })),
  },
  placements: {
    list: (p, f) =>
      call(
        api.GET('/api/v1/placements', {
          params: {
            query: { ...paging(p, []), cohortId: f.cohortId, hostSiteId: f.hostSiteId, traineeId: f.traineeId, activeOn: f.activeOn },
          },
        }),
      ),
    listBy: (target, id, p) => {
      if (target !== 'hostSiteId' && target !== 'traineeId' && target !== 'tutorId') throw new Error('ra.notification.http_error');
      return call(api.GET('/api/v1/placements', { params: { query: { ...paging(p, []), [target]: id } } }));
    },
    one: (id) => call(api.GET('/api/v1/placements/{id}', { params: path(id) })),
    create: (d) => withPlacementFields(call(api.POST('/api/v1/placements', { body: pick<PlacementInput>(d, PLACEMENT_FIELDS) }))),
    update: (id, d) =>
      withPlacementFields(call(api.PUT('/api/v1/placements/{id}', { params: path(id), body: pick<PlacementInput>(d, PLACEMENT_FIELDS) }))),
  },
};
