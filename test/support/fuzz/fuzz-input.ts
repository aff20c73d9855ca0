/** One request of the fuzzer: what it tries (for the summary and the findings) and what it sends. */
export interface FuzzInput {
  /** What makes it invalid, `field: label` (`days.0.date: malformed date`, `content type text/plain`...). */
  kind: string;
  url: string;
  headers: Record<string, string>;
  payload?: string | Buffer;
}

/** What the fuzzer needs of a route: its OpenAPI path and method, a URL with real ids, and a valid body when it takes one. */
export interface FuzzTarget {
  method: string;
  path: string;
  url: string;
  body?: unknown;
}

export const JSON_TYPE = 'application/json';
