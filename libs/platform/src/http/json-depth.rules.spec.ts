import { nestedDeeperThan } from './json-depth.rules';

const nested = (depth: number, kind: 'array' | 'object'): unknown => {
  let value: unknown = 'x';
  for (let i = 0; i < depth; i++) value = kind === 'array' ? [value] : { a: value };
  return value;
};

describe('the nesting depth of a JSON body', () => {
  it('takes scalars and bodies up to the limit', () => {
    for (const body of ['x', 1, null, {}, [], { marks: [{ mark: 1 }] }]) expect(nestedDeeperThan(body, 3)).toBe(false);
    expect(nestedDeeperThan(nested(3, 'array'), 3)).toBe(false);
    expect(nestedDeeperThan(nested(3, 'object'), 3)).toBe(false);
  });

  it('refuses one level more, in arrays, objects or both', () => {
    expect(nestedDeeperThan(nested(4, 'array'), 3)).toBe(true);
    expect(nestedDeeperThan(nested(4, 'object'), 3)).toBe(true);
    expect(nestedDeeperThan({ ok: 1, days: [{ date: [[]] }] }, 3)).toBe(true);
  });

  it('walks a body far deeper than the call stack without overflowing', () => {
    expect(nestedDeeperThan(nested(200_000, 'array'))).toBe(true);
  });
});
