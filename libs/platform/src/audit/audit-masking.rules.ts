/**
 * Audit entries whose values are health data (RGPD art. 9): the trail keeps their `before` and `after` (append-only, for
 * an investigation), but the audit API shows only which fields changed, since a read there would escape the health
 * data's access log. The values are read on the trainee's page, where each read is logged.
 */
export const HEALTH_AUDIT_ENTITIES: readonly string[] = ['trainee_health'];

/** A type alias (not an interface), so that it is a `Record<string, unknown>` as every `before`/`after` is. */
export type MaskedValues = { healthData: true; fields: string[] };

/** `before` and `after` as the audit API shows them: as kept, or for health data the names of the fields that changed. */
export function shownValues(
  entityType: string,
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
): { before: Record<string, unknown> | MaskedValues | null; after: Record<string, unknown> | MaskedValues | null } {
  if (!HEALTH_AUDIT_ENTITIES.includes(entityType)) return { before, after };
  const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])];
  const fields = keys.filter((k) => JSON.stringify(before?.[k] ?? null) !== JSON.stringify(after?.[k] ?? null)).sort();
  const mask = (v: Record<string, unknown> | null): MaskedValues | null => (v === null ? null : { healthData: true, fields });
  return { before: mask(before), after: mask(after) };
}
