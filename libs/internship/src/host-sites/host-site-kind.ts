import type { HostSiteKind } from './host-site.entity';

export const HOST_SITE_KINDS: HostSiteKind[] = ['general_practice', 'specialist_practice', 'health_centre', 'msp', 'other'];

/** The French label of each kind, as the screens and the CSV export show it. */
export const HOST_SITE_KIND_LABELS: Record<HostSiteKind, string> = {
  general_practice: 'Cabinet de médecine générale',
  specialist_practice: 'Cabinet de spécialiste',
  health_centre: 'Centre de santé',
  msp: 'Maison de santé pluriprofessionnelle',
  other: 'Autre',
};
