/**
 * How deep a JSON body may nest. The deepest body the API takes is 4 levels (an object in an array in an object);
 * class-transformer walks a body recursively, so a body of a few thousand nested arrays overflowed the call stack (500).
 */
export const MAX_JSON_DEPTH = 32;

/** The code of the parser's error for such a body (mapped to 400 `BODY_TOO_DEEP` by `toErrorBody`). */
export const JSON_TOO_DEEP = 'CQP_JSON_TOO_DEEP';

/** Whether `value` nests objects or arrays deeper than `max` levels (walked without recursion). */
export function nestedDeeperThan(value: unknown, max = MAX_JSON_DEPTH): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [current, depth] = stack.pop()!;
    if (current === null || typeof current !== 'object') continue;
    if (depth + 1 > max) return true;
    for (const child of Object.values(current)) stack.push([child, depth + 1]);
  }
  return false;
}
