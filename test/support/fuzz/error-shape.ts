const KEYS = ['statusCode', 'code', 'message', 'errors'];

/**
 * What is wrong with an error answer, or null when it has the API's one shape (`AllExceptionsFilter`):
 * `{ statusCode, code, message, errors? }` as JSON, statusCode the status sent, code in capitals, a message, and
 * field errors as lists of French texts; nothing else (no stack, no detail of a fault).
 */
export function errorShapeProblem(status: number, contentType: string | undefined, body: unknown): string | null {
  if (!contentType?.startsWith('application/json')) return `content type ${contentType}`;
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return 'not an object';
  const b = body as Record<string, unknown>;
  const extra = Object.keys(b).filter((k) => !KEYS.includes(k));
  if (extra.length) return `unexpected keys ${extra.join(', ')}`;
  if (b.statusCode !== status) return `statusCode ${String(b.statusCode)}`;
  if (typeof b.code !== 'string' || !/^[A-Z][A-Z0-9_]*$/.test(b.code)) return `code ${String(b.code)}`;
  if (typeof b.message !== 'string' || b.message.trim() === '') return 'no message';
  if (b.errors !== undefined) {
    if (typeof b.errors !== 'object' || b.errors === null || Array.isArray(b.errors)) return 'errors not an object';
    const bad = Object.entries(b.errors).find(([, v]) => !Array.isArray(v) || v.length === 0 || v.some((m) => typeof m !== 'string'));
    if (bad) return `errors.${bad[0]} not a list of texts`;
    // Messages are for people, in French: class-validator's own English wording means a constraint has no translation.
    const english = Object.entries(b.errors).find(([, v]) => (v as string[]).some((m) => /\b(must|should|conforming)\b/.test(m)));
    if (english) return `errors.${english[0]} in English: ${String(english[1])}`;
  }
  return null;
}
