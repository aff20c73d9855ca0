import { api, call, callFile, rawBody } from './client';
import type { paths } from './schema';
import type { Body, Item, Ok, Query } from './types';

export type HostSite = Item<Ok<paths['/api/v1/host-sites']['get']>>;
export type HostSiteInput = Body<paths['/api/v1/host-sites']['post']>;
export type HostSiteKind = HostSite['kind'];
export type HostSiteFilter = Pick<Query<paths['/api/v1/host-sites']['get']>, 'q' | 'kind'>;
export type HostSiteImport = Ok<paths['/api/v1/host-sites/import']['post']>;
export type HostSiteImportLine = HostSiteImport['lines'][number];
export type Tutor = Ok<paths['/api/v1/tutors/{id}']['get']>;
export type TutorInput = Body<paths['/api/v1/tutors']['post']>;
export type TutorProfession = Tutor['profession'];
export type Placement = Ok<paths['/api/v1/placements/{id}']['get']>;
export type PlacementInput = Body<paths['/api/v1/placements']['post']>;
export type PlacementType = Placement['type'];

export const HOST_SITE_KINDS = [
  'general_practice',
  'specialist_practice',
  'health_centre',
  'msp',
  'other',
] as const satisfies readonly HostSiteKind[];
export const TUTOR_PROFESSIONS = [
  'general_practitioner',
  'specialist',
  'coordinating_nurse',
  'manager',
] as const satisfies readonly TutorProfession[];
export const PLACEMENT_TYPES = ['stage', 'alternance'] as const satisfies readonly PlacementType[];

/** The host sites directory as a file, and its import from one (previewed with dryRun, then confirmed). */
export const hostSitesApi = {
  exportCsv: (query: HostSiteFilter) => callFile(api.GET('/api/v1/host-sites/export', { params: { query }, parseAs: 'blob' })),
  /** The file's bytes as they are (UTF-8 or Windows-1252: the API decodes them). */
  importCsv: (file: Blob, dryRun: boolean) =>
    call(api.POST('/api/v1/host-sites/import', { params: { query: { dryRun } }, ...rawBody(file, 'text/csv') })),
};

/** The columns of the export, which an import takes back. */
export const HOST_SITE_CSV_COLUMNS = ['Nom', 'Type', 'Spécialité', 'Adresse', 'Code postal', 'Ville', 'SIRET', 'Capacité', 'Contacts'];
