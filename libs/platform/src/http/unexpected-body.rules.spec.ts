import { Readable } from 'node:stream';
import { checkUnexpectedBody } from './unexpected-body.rules';

describe('a body sent to a route that takes none', () => {
  it('is fine when nothing is sent', () => {
    for (const body of [undefined, null, '', {}, [], Buffer.alloc(0)]) expect(checkUnexpectedBody(body)).toEqual({ ok: true });
  });

  it('refuses each field of an object', () => {
    expect(checkUnexpectedBody({ traineeId: 'x', schoolId: 'y' })).toEqual({ ok: false, fields: ['traineeId', 'schoolId'] });
    expect(checkUnexpectedBody({ role: undefined })).toEqual({ ok: false, fields: ['role'] });
  });

  it('refuses any other value as a whole', () => {
    for (const body of [[{ schoolId: 'y' }], 'role=school_admin', 0, false, Buffer.from('a;b')]) {
      expect(checkUnexpectedBody(body)).toEqual({ ok: false, fields: null });
    }
  });

  it('takes a raw stream announcing no bytes, refuses one announcing some (an upload to a route that takes no file)', () => {
    expect(checkUnexpectedBody(Readable.from([]))).toEqual({ ok: true });
    expect(checkUnexpectedBody(Readable.from([]), 0)).toEqual({ ok: true });
    expect(checkUnexpectedBody(Readable.from([Buffer.from('%PDF-1.4')]), 8)).toEqual({ ok: false, fields: null });
    expect(checkUnexpectedBody(Readable.from([Buffer.from('{"a":1}')]), Infinity)).toEqual({ ok: false, fields: null });
  });
});
