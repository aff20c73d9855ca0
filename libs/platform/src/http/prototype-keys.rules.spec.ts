import { prototypeKeyPaths } from './prototype-keys.rules';

const withKey = (key: string, value: unknown) => JSON.parse(`{"reason":"x",${JSON.stringify(key)}:${JSON.stringify(value)}}`) as object;

describe('fields named like the machinery of every object', () => {
  it('finds them at the top level, whatever their value', () => {
    for (const key of ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', '__defineGetter__']) {
      expect(prototypeKeyPaths(withKey(key, { isAdmin: true }))).toEqual([key]);
      expect(prototypeKeyPaths(withKey(key, null))).toEqual([key]);
    }
  });

  it('finds them in nested objects and in the objects of arrays, by path', () => {
    const body = JSON.parse('{"days":[{"date":"2027-01-01"},{"constructor":{"prototype":{}}}],"levels":{"toString":"acquired"}}');
    expect(prototypeKeyPaths(body)).toEqual(['days.1.constructor', 'levels.toString']);
  });

  it('leaves ordinary bodies, scalars and bytes alone', () => {
    for (const body of [
      undefined,
      null,
      'constructor',
      3,
      [],
      ['toString'],
      Buffer.from('{"constructor":1}'),
      { reason: 'x', items: [{ a: 1 }] },
    ]) {
      expect(prototypeKeyPaths(body)).toEqual([]);
    }
  });
});
