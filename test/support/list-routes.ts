import { OpenAPIObject } from '@nestjs/swagger';

type Schema = { $ref?: string; type?: string; properties?: Record<string, unknown> };

/** A GET route answering a list, as an OpenAPI document describes it. */
export interface ListRoute {
  /** The OpenAPI path, `/api/v1/cohorts/{id}/trainees`. */
  path: string;
  /** Answers a page (`items`, `total`) sized by its `pageSize` parameter. */
  paginated: boolean;
}

/**
 * The GET routes of `doc` that answer a list of rows: a page (a schema with `items` and `total`, or `page` and
 * `pageSize` parameters), an array, a CSV export or a calendar feed.
 */
export function listRoutes(doc: OpenAPIObject): ListRoute[] {
  const resolve = (s: Schema | undefined): Schema | undefined =>
    s?.$ref ? (doc.components?.schemas?.[s.$ref.split('/').pop()!] as Schema | undefined) : s;
  return Object.entries(doc.paths).flatMap(([path, item]) => {
    const get = item.get;
    if (!get) return [];
    const content = (get.responses['200'] as { content?: Record<string, { schema?: Schema }> } | undefined)?.content ?? {};
    const json = resolve(content['application/json']?.schema);
    const queries = new Set((get.parameters ?? []).map((p) => ('in' in p && p.in === 'query' ? p.name : '')));
    const page = Boolean(json?.properties?.items && json.properties.total);
    const exported = 'text/csv' in content || 'text/calendar' in content;
    const list = page || (queries.has('page') && queries.has('pageSize')) || json?.type === 'array' || exported;
    return list ? [{ path, paginated: page && queries.has('pageSize') }] : [];
  });
}
