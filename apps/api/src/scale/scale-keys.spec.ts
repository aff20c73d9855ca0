import { ScaleKeys } from './scale-keys';

const V4_SHAPE = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-8[0-9a-f]{3}-[0-9a-f]{12}$/;

describe('the keys of a scale dataset', () => {
  const keys = new ScaleKeys(42);

  it('gives ids the API accepts (version-4 shape), growing with the index', () => {
    const ids = [0, 1, 2, 15, 16, 4_000_000_000].map((n) => keys.idOf('attendance', n));
    ids.forEach((id) => expect(id).toMatch(V4_SHAPE));
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('separates kinds and seeds', () => {
    expect(keys.idOf('trainee', 7)).not.toBe(keys.idOf('cohort', 7));
    expect(keys.idOf('trainee', 7)).not.toBe(new ScaleKeys(43).idOf('trainee', 7));
    expect(new ScaleKeys(42).idOf('trainee', 7)).toBe(keys.idOf('trainee', 7));
  });

  it('refuses an index the id cannot hold', () => {
    expect(() => keys.idOf('trainee', -1)).toThrow(RangeError);
    expect(() => keys.idOf('trainee', 16 ** 15)).toThrow(RangeError);
  });

  it('writes the same id in SQL', () => {
    const [prefix] = keys
      .idOf('school', 0)
      .replace(/-/g, '')
      .match(/^.{17}/)!;
    expect(keys.id('school', 's')).toBe(`('${prefix}' || lpad(to_hex((s)::int8), 15, '0'))::uuid`);
  });

  it('draws TypeScript-side numbers in range, the same for the same seed', () => {
    const draws = Array.from({ length: 200 }, (_, i) => keys.pickTs('format', i, 20));
    draws.forEach((d) => expect(d >= 0 && d < 20).toBe(true));
    expect(new Set(draws).size).toBe(20);
    expect(Array.from({ length: 200 }, (_, i) => new ScaleKeys(42).pickTs('format', i, 20))).toEqual(draws);
  });
});
