import fc from 'fast-check';
import { checkMagicLink, MAGIC_LINK_LIFETIME_DAYS, MagicLink, magicLinkExpiry, MagicLinkPurpose } from './magic-link.rules';

const createdAt = new Date('2026-03-20T10:00:00Z');
const link = (over: Partial<MagicLink> = {}): MagicLink => ({
  expiresAt: magicLinkExpiry('evaluation', createdAt),
  usedAt: null,
  purpose: 'evaluation',
  subjectId: 'e1',
  ...over,
});
const request = (now: Date, over: Partial<{ purpose: MagicLinkPurpose; subjectId: string }> = {}) => ({
  now,
  purpose: 'evaluation' as MagicLinkPurpose,
  subjectId: 'e1',
  ...over,
});

describe('magicLinkExpiry', () => {
  it('lasts 30 days for an evaluation and 14 for a signature, in 24-hour days across the DST change', () => {
    expect(MAGIC_LINK_LIFETIME_DAYS).toEqual({ evaluation: 30, signature: 14 });
    expect(magicLinkExpiry('evaluation', createdAt)).toEqual(new Date('2026-04-19T10:00:00Z'));
    expect(magicLinkExpiry('signature', createdAt)).toEqual(new Date('2026-04-03T10:00:00Z'));
    expect(() => magicLinkExpiry('login' as MagicLinkPurpose, createdAt)).toThrow(RangeError);
    expect(() => magicLinkExpiry('signature', new Date('x'))).toThrow(RangeError);
  });
});

describe('checkMagicLink', () => {
  const expiresAt = link().expiresAt;

  it('opens its own subject until the instant before expiry', () => {
    expect(checkMagicLink(link(), request(createdAt))).toEqual({ ok: true });
    expect(checkMagicLink(link(), request(new Date(expiresAt.getTime() - 1)))).toEqual({ ok: true });
  });

  it('is expired at the exact instant of expiry', () => {
    expect(checkMagicLink(link(), request(expiresAt))).toEqual({
      ok: false,
      code: 'LINK_EXPIRED',
      message: 'Ce lien a expiré : demandez-en un nouveau à l’organisme de formation.',
    });
  });

  it('refuses a used link, even before expiry', () => {
    expect(checkMagicLink(link({ usedAt: createdAt }), request(createdAt))).toMatchObject({ ok: false, code: 'LINK_USED' });
    expect(checkMagicLink(link({ usedAt: createdAt }), request(expiresAt))).toMatchObject({ code: 'LINK_USED' });
  });

  it('refuses another purpose or another subject first', () => {
    const wrong = { ok: false, code: 'LINK_WRONG_SCOPE', message: 'Ce lien ne donne pas accès à ce document.' };
    expect(checkMagicLink(link(), request(createdAt, { purpose: 'signature' }))).toEqual(wrong);
    expect(checkMagicLink(link(), request(createdAt, { subjectId: 'e2' }))).toEqual(wrong);
    expect(checkMagicLink(link({ usedAt: createdAt }), request(expiresAt, { subjectId: 'e2' }))).toEqual(wrong);
  });

  it('throws a RangeError on bad input', () => {
    expect(() => checkMagicLink(link({ expiresAt: new Date('x') }), request(createdAt))).toThrow(RangeError);
    expect(() => checkMagicLink(link(), request(new Date(Number.NaN)))).toThrow(RangeError);
    expect(() => checkMagicLink(link({ purpose: 'other' as MagicLinkPurpose }), request(createdAt))).toThrow(RangeError);
  });

  it('property: an unused link of the right scope opens exactly before its expiry', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e10, max: 1e10 }),
        fc.constantFrom<MagicLinkPurpose>('evaluation', 'signature'),
        (offset, purpose) => {
          const expires = magicLinkExpiry(purpose, createdAt);
          const now = new Date(expires.getTime() + offset);
          const check = checkMagicLink(link({ purpose, expiresAt: expires }), request(now, { purpose }));
          expect(check.ok).toBe(offset < 0);
        },
      ),
    );
  });
});
