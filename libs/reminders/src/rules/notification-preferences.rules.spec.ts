import fc from 'fast-check';
import { normaliseMuted, preferenceLines } from './notification-preferences.rules';
import { checkMute, REMINDER_KINDS, REMINDER_RULES } from './reminder-catalogue';

const optional = REMINDER_RULES.filter((r) => !r.mandatory).map((r) => r.kind);

describe('notification preferences', () => {
  it('lists every kind of the catalogue, with its French title and when it comes', () => {
    const lines = preferenceLines([]);
    expect(lines.map((l) => l.kind)).toEqual([...REMINDER_KINDS]);
    expect(lines.every((l) => l.title.length > 0 && l.when.length > 0 && !l.muted)).toBe(true);
    expect(lines.filter((l) => !l.mandatory).map((l) => l.kind)).toEqual(optional);
  });

  it('shows muted exactly the optional kinds stored, never a mandatory one nor an unknown one', () => {
    fc.assert(
      fc.property(fc.subarray([...REMINDER_KINDS, 'removed_kind']), (stored) => {
        const muted = preferenceLines(stored).filter((l) => l.muted);
        expect(muted.map((l) => l.kind)).toEqual(optional.filter((k) => stored.includes(k)));
      }),
    );
  });

  it('stores each muted kind once, in catalogue order', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...optional), { maxLength: 10 }), (kinds) => {
        const stored = normaliseMuted(kinds);
        expect(new Set(stored).size).toBe(stored.length);
        expect(stored).toEqual(REMINDER_KINDS.filter((k) => kinds.includes(k as never)));
        expect(checkMute(stored)).toEqual({ ok: true });
      }),
    );
  });
});
