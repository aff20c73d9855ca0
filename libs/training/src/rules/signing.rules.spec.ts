import fc from 'fast-check';
import { checkSigningWindow, SigningWindow } from './signing.rules';

const window: SigningWindow = { opensMinutesBefore: 15, closesMinutesAfter: 30 };
// 2026-03-12, 09:00–12:00 in Paris (UTC+1).
const session = { startsAt: new Date('2026-03-12T08:00:00Z'), endsAt: new Date('2026-03-12T11:00:00Z') };
const at = (isoUtc: string) => new Date(isoUtc);

describe('checkSigningWindow', () => {
  it('is open from 15 minutes before the start to 30 minutes after the end, both ends included', () => {
    expect(checkSigningWindow(at('2026-03-12T07:45:00Z'), session, window)).toEqual({ ok: true });
    expect(checkSigningWindow(at('2026-03-12T09:30:00Z'), session, window)).toEqual({ ok: true });
    expect(checkSigningWindow(at('2026-03-12T11:30:00Z'), session, window)).toEqual({ ok: true });
  });

  it('refuses one millisecond too early, giving the opening time in Paris', () => {
    const check = checkSigningWindow(at('2026-03-12T07:44:59.999Z'), session, window);
    expect(check).toEqual({
      ok: false,
      code: 'SIGNING_NOT_OPEN',
      message: 'La signature ouvrira à 08:45.',
      opensAt: at('2026-03-12T07:45:00Z'),
      closesAt: at('2026-03-12T11:30:00Z'),
    });
  });

  it('refuses one millisecond too late, saying only staff may correct the sheet', () => {
    const check = checkSigningWindow(at('2026-03-12T11:30:00.001Z'), session, window);
    expect(check).toMatchObject({
      ok: false,
      code: 'SIGNING_CLOSED',
      message: "La signature est close depuis 12:30 : seule l'équipe de l'école peut corriger la feuille.",
    });
  });

  it('names the date when the window opens or closed on another day', () => {
    expect(checkSigningWindow(at('2026-03-11T17:00:00Z'), session, window)).toMatchObject({
      message: 'La signature ouvrira le 12/03/2026 à 08:45.',
    });
    expect(checkSigningWindow(at('2026-03-13T08:00:00Z'), session, window)).toMatchObject({
      message: "La signature est close depuis le 12/03/2026 à 12:30 : seule l'équipe de l'école peut corriger la feuille.",
    });
  });

  it('gives summer times in Paris time (UTC+2)', () => {
    const summer = { startsAt: new Date('2026-07-01T12:00:00Z'), endsAt: new Date('2026-07-01T15:30:00Z') };
    expect(checkSigningWindow(at('2026-07-01T06:00:00Z'), summer, window)).toMatchObject({ message: 'La signature ouvrira à 13:45.' });
    expect(checkSigningWindow(at('2026-07-01T18:00:00Z'), summer, window)).toMatchObject({
      message: "La signature est close depuis 18:00 : seule l'équipe de l'école peut corriger la feuille.",
    });
  });

  it('with a zero window, is open exactly during the session', () => {
    const strict = { opensMinutesBefore: 0, closesMinutesAfter: 0 };
    expect(checkSigningWindow(session.startsAt, session, strict)).toEqual({ ok: true });
    expect(checkSigningWindow(session.endsAt, session, strict)).toEqual({ ok: true });
    expect(checkSigningWindow(at('2026-03-12T07:59:59Z'), session, strict)).toMatchObject({ code: 'SIGNING_NOT_OPEN' });
  });

  it('throws a RangeError on a negative window or a session ending before it starts', () => {
    expect(() => checkSigningWindow(session.startsAt, session, { opensMinutesBefore: -1, closesMinutesAfter: 30 })).toThrow(
      'Fenêtre de signature invalide',
    );
    expect(() => checkSigningWindow(session.startsAt, session, { opensMinutesBefore: 15, closesMinutesAfter: NaN })).toThrow(RangeError);
    expect(() => checkSigningWindow(session.startsAt, { startsAt: session.endsAt, endsAt: session.startsAt }, window)).toThrow(
      'Séance invalide : la fin précède le début.',
    );
  });

  it('is ok if and only if now lies within the bounds, and reports the right side otherwise', () => {
    const base = Date.UTC(2026, 0, 1);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 365 * 24 * 60 }),
        fc.integer({ min: 0, max: 600 }),
        fc.integer({ min: 0, max: 120 }),
        fc.integer({ min: 0, max: 120 }),
        fc.integer({ min: -1000 * 60_000, max: 1000 * 60_000 }),
        (startMinute, length, before, after, offsetMs) => {
          const startsAt = new Date(base + startMinute * 60_000);
          const endsAt = new Date(startsAt.getTime() + length * 60_000);
          const now = new Date(startsAt.getTime() + offsetMs);
          const opens = startsAt.getTime() - before * 60_000;
          const closes = endsAt.getTime() + after * 60_000;
          const check = checkSigningWindow(now, { startsAt, endsAt }, { opensMinutesBefore: before, closesMinutesAfter: after });
          const inside = now.getTime() >= opens && now.getTime() <= closes;
          expect(check.ok).toBe(inside);
          if (!check.ok) {
            expect(check.code).toBe(now.getTime() < opens ? 'SIGNING_NOT_OPEN' : 'SIGNING_CLOSED');
            expect([check.opensAt.getTime(), check.closesAt.getTime()]).toEqual([opens, closes]);
          }
        },
      ),
      { numRuns: 1000 },
    );
  });
});
