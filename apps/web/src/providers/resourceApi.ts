/** How the data provider reaches one resource of the API, and the helpers its calls share. */
import type { GetListParams, GetManyReferenceParams, RaRecord } from 'react-admin';

export type Data = Record<string, unknown>;
export type Filter = Record<string, string | undefined>;

export interface Page {
  items: RaRecord[];
  total: number;
}

/** What each resource can do, with exact API paths so the schema types every call. */
export interface ResourceApi {
  list?(params: GetListParams, filter: Filter): Promise<Page>;
  /** Records linked to another one (react-admin's getManyReference), e.g. the trainees of a cohort. */
  listBy?(target: string, id: string, params: GetManyReferenceParams, filter: Filter): Promise<Page>;
  one?(id: string): Promise<RaRecord>;
  create?(data: Data): Promise<RaRecord>;
  update?(id: string, data: Data): Promise<RaRecord>;
}

const MAX_PAGE_SIZE = 100;

/** API paging query; `sort` is only sent when the API can sort on that field. */
export function paging<S extends string>({ pagination, sort }: Pick<GetListParams, 'pagination' | 'sort'>, sortable: readonly S[]) {
  const field = sortable.find((name) => name === sort?.field);
  return {
    page: pagination?.page ?? 1,
    pageSize: Math.min(pagination?.perPage ?? 25, MAX_PAGE_SIZE),
    sort: field,
    order: sort?.order === 'ASC' ? ('asc' as const) : ('desc' as const),
  };
}

/** Keeps only the listed keys that the form filled in: the API refuses unknown fields. */
export function pick<T>(data: Data, keys: (keyof T & string)[]): T {
  return Object.fromEntries(keys.filter((key) => data[key] !== undefined).map((key) => [key, data[key]])) as T;
}

export const path = (id: string) => ({ path: { id } });
