/** Columns the API can sort on, per resource (the other columns are not sortable in lists). */
export const SORTABLE = {
  schools: ['name', 'createdAt'],
  users: ['createdAt', 'fullName', 'email', 'lastLoginAt'],
  outbox: ['createdAt'],
  'audit-events': ['occurredAt'],
  'health-access-log': ['at'],
  cohorts: ['startDate', 'name'],
  trainees: ['lastName', 'createdAt'],
  applications: ['createdAt', 'lastName'],
} as const satisfies Record<string, readonly string[]>;

export const isSortable = (resource: string | undefined, field: string | undefined): boolean =>
  !!resource && !!field && ((SORTABLE as Record<string, readonly string[]>)[resource] ?? []).includes(field);
