import fc from 'fast-check';
import {
  checkAmendment,
  checkConventionEdit,
  checkSignature,
  Convention,
  CONVENTION_PARTIES,
  ConventionParty,
  ConventionStatus,
  conventionStatus,
  signedParties,
} from './convention.rules';

const sentAt = new Date('2026-02-01T09:00:00Z');
const at = (h: number) => new Date(sentAt.getTime() + h * 3_600_000);
const conv = (over: Partial<Convention> = {}): Convention => ({ id: 'c1', placementId: 'p1', version: 1, sentAt, signatures: {}, ...over });
const allSigned = conv({ signatures: { school: at(1), host: at(2), trainee: at(3) } });

describe('conventionStatus', () => {
  it('is draft, sent, partly signed then signed', () => {
    expect(conventionStatus(conv({ sentAt: null }))).toBe('draft');
    expect(conventionStatus(conv())).toBe('sent');
    expect(conventionStatus(conv({ signatures: { host: at(1), trainee: null } }))).toBe('partly_signed');
    expect(conventionStatus(conv({ signatures: { host: at(1), trainee: at(1) } }))).toBe('partly_signed');
    expect(conventionStatus(allSigned)).toBe('signed');
    expect(signedParties(conv({ signatures: { trainee: at(1), school: at(2) } }))).toEqual(['school', 'trainee']);
  });

  it('throws a RangeError on a malformed convention', () => {
    expect(() => conventionStatus(conv({ sentAt: null, signatures: { school: at(1) } }))).toThrow(RangeError);
    expect(() => conventionStatus(conv({ signatures: { school: at(-1) } }))).toThrow(RangeError);
    expect(() => conventionStatus(conv({ signatures: { tutor: at(1) } as Convention['signatures'] }))).toThrow(RangeError);
    expect(() => conventionStatus(conv({ signatures: { school: new Date('x') } }))).toThrow(RangeError);
    expect(() => conventionStatus(conv({ version: 0 }))).toThrow(RangeError);
    expect(() => conventionStatus(conv({ sentAt: new Date(Number.NaN) }))).toThrow(RangeError);
  });

  it('property: the status never goes back as parties sign, whatever the order', () => {
    const rank: Record<ConventionStatus, number> = { draft: 0, sent: 1, partly_signed: 2, signed: 3 };
    fc.assert(
      fc.property(fc.shuffledSubarray([...CONVENTION_PARTIES], { minLength: 0, maxLength: 3 }), (order) => {
        let c = conv();
        let previous = rank[conventionStatus(c)];
        order.forEach((party, i) => {
          const check = checkSignature(c, party, at(i + 1));
          expect(check.ok).toBe(true);
          c = { ...c, signatures: { ...c.signatures, [party]: at(i + 1) } };
          const now = rank[conventionStatus(c)];
          expect(now).toBeGreaterThanOrEqual(previous);
          if (check.ok) expect(check.statusAfter).toBe(conventionStatus(c));
          previous = now;
        });
        expect(conventionStatus(c)).toBe(order.length === 3 ? 'signed' : order.length === 0 ? 'sent' : 'partly_signed');
      }),
    );
  });
});

describe('checkSignature', () => {
  it('accepts a party who has not signed a sent convention', () => {
    expect(checkSignature(conv(), 'host', at(1))).toEqual({ ok: true, statusAfter: 'partly_signed' });
    expect(checkSignature(conv({ signatures: { host: at(1), school: at(1) } }), 'trainee', at(2))).toEqual({
      ok: true,
      statusAfter: 'signed',
    });
  });

  it('refuses a draft, a second signature, and any signature once signed by all', () => {
    expect(checkSignature(conv({ sentAt: null }), 'school', at(1))).toEqual({
      ok: false,
      code: 'CONVENTION_NOT_SENT',
      message: 'La convention n’a pas encore été envoyée pour signature.',
    });
    expect(checkSignature(conv({ signatures: { trainee: at(1) } }), 'trainee', at(2))).toEqual({
      ok: false,
      code: 'ALREADY_SIGNED',
      message: 'La convention a déjà été signée par le stagiaire.',
    });
    for (const party of CONVENTION_PARTIES) {
      expect(checkSignature(allSigned, party, at(5))).toMatchObject({ ok: false, code: 'CONVENTION_SIGNED' });
    }
  });

  it('accepts a signature at the instant of sending, throws before it or on bad input', () => {
    expect(checkSignature(conv(), 'school', sentAt).ok).toBe(true);
    expect(() => checkSignature(conv(), 'school', at(-1))).toThrow(RangeError);
    expect(() => checkSignature(conv(), 'tutor' as ConventionParty, at(1))).toThrow(RangeError);
    expect(() => checkSignature(conv(), 'school', new Date('nope'))).toThrow(RangeError);
  });
});

describe('checkConventionEdit', () => {
  it('allows editing before all signatures, clearing the partial ones', () => {
    expect(checkConventionEdit(conv({ sentAt: null }))).toEqual({ ok: true, clearsSignatures: false });
    expect(checkConventionEdit(conv())).toEqual({ ok: true, clearsSignatures: false });
    expect(checkConventionEdit(conv({ signatures: { school: at(1) } }))).toEqual({ ok: true, clearsSignatures: true });
  });

  it('refuses editing a signed convention', () => {
    expect(checkConventionEdit(allSigned)).toEqual({
      ok: false,
      code: 'CONVENTION_SIGNED',
      message: 'La convention (version 1) est signée par toutes les parties et ne peut plus être modifiée : faites un avenant.',
    });
  });
});

describe('checkAmendment', () => {
  it('creates the next version, unsent and unsigned, leaving the signed one as it is', () => {
    const v2 = { ...allSigned, id: 'c2', version: 2 };
    expect(checkAmendment(v2)).toEqual({
      ok: true,
      amendment: { placementId: 'p1', version: 3, sentAt: null, signatures: {}, amends: 'c2' },
    });
    const check = checkAmendment(allSigned);
    expect(check.ok && conventionStatus({ id: 'c3', ...check.amendment })).toBe('draft');
    expect(conventionStatus(allSigned)).toBe('signed');
  });

  it('refuses an avenant to a convention not signed by all', () => {
    for (const c of [conv({ sentAt: null }), conv(), conv({ signatures: { host: at(1) } })]) {
      expect(checkAmendment(c)).toMatchObject({ ok: false, code: 'CONVENTION_NOT_SIGNED' });
    }
  });

  it('property: an amendment always restarts the signatures and increments the version', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), (version) => {
        const check = checkAmendment({ ...allSigned, version });
        expect(check).toMatchObject({ ok: true, amendment: { version: version + 1, sentAt: null, signatures: {} } });
        if (check.ok)
          expect(checkSignature({ id: 'n', ...check.amendment }, 'school', at(1))).toMatchObject({ code: 'CONVENTION_NOT_SENT' });
      }),
    );
  });
});
