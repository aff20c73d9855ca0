/**
 * Field names that name a member of every object (`constructor`, `toString`, `__proto__`...) or `prototype`. Nest's
 * validation pipe deletes `__proto__`, `prototype` and `constructor` and class-transformer skips the names of methods,
 * so such a field was dropped unseen where any other unknown field is refused: a body carrying one was accepted.
 */
const PROTOTYPE_NAMES = new Set([...Object.getOwnPropertyNames(Object.prototype), 'prototype']);

/** The paths (`a.0.constructor`) of every field of `value`, at any depth, named like an object's own machinery. */
export function prototypeKeyPaths(value: unknown): string[] {
  const found: string[] = [];
  const stack: [unknown, string][] = [[value, '']];
  while (stack.length) {
    const [current, path] = stack.pop()!;
    if (current === null || typeof current !== 'object' || ArrayBuffer.isView(current)) continue;
    for (const key of Object.keys(current)) {
      const here = path ? `${path}.${key}` : key;
      if (!Array.isArray(current) && PROTOTYPE_NAMES.has(key)) found.push(here);
      else stack.push([(current as Record<string, unknown>)[key], here]);
    }
  }
  return found.sort();
}
