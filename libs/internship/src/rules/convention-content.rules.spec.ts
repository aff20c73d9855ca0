import fc from 'fast-check';
import { canonicalJson, contentHash } from './convention-content.rules';

describe('canonical content and its hash', () => {
  it('sorts keys at every depth and leaves array order alone', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: null }], c: 'é' } })).toBe('{"a":{"c":"é","d":[3,{"y":null,"z":1}]},"b":1}');
  });

  it('hashes with SHA-256 as 64 hex digits', () => {
    expect(contentHash({})).toBe('44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a');
    expect(contentHash({ a: 1 })).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses what JSON cannot hold exactly', () => {
    for (const bad of [undefined, () => 1, Number.NaN, Infinity, new Date(0), { a: undefined }, [new Map()]]) {
      expect(() => canonicalJson(bad)).toThrow(RangeError);
    }
  });

  it('property: the text is valid JSON equal to the value, and the hash ignores key order', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = canonicalJson(value);
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)));
        const reordered = JSON.parse(JSON.stringify(value), (_, v: unknown) =>
          v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).reverse()) : v,
        ) as unknown;
        expect(contentHash(reordered)).toBe(contentHash(value));
      }),
    );
  });

  it('property: changing any value changes the hash', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.string(), { minKeys: 1 }), fc.string(), (content, extra) => {
        const key = Object.keys(content)[0];
        fc.pre(content[key] !== extra);
        expect(contentHash({ ...content, [key]: extra })).not.toBe(contentHash(content));
      }),
    );
  });
});
