import fc from 'fast-check';
import { ConventionStatus } from './convention.rules';
import { canStart } from './start-gate.rules';

const period = { startOn: '2026-03-02', endOn: '2026-03-27' };

describe('canStart', () => {
  it('lets a placement with a signed convention start on its first day and run until its last', () => {
    expect(canStart(period, 'signed', '2026-03-02')).toEqual({ ok: true });
    expect(canStart(period, 'signed', '2026-03-27')).toEqual({ ok: true });
  });

  it('refuses without a signed convention, even during the placement', () => {
    expect(canStart(period, null, '2026-03-02')).toEqual({
      ok: false,
      code: 'CONVENTION_NOT_SIGNED',
      message: 'Le stage ne peut pas commencer sans convention signée par toutes les parties (aucune convention).',
    });
    expect(canStart(period, 'partly_signed', '2026-03-02')).toEqual({
      ok: false,
      code: 'CONVENTION_NOT_SIGNED',
      message: 'Le stage ne peut pas commencer sans convention signée par toutes les parties (convention « Partiellement signée »).',
    });
  });

  it('refuses before the start and after the end', () => {
    expect(canStart(period, 'signed', '2026-03-01')).toEqual({
      ok: false,
      code: 'PLACEMENT_NOT_STARTED',
      message: 'Le stage commence le 02/03/2026.',
    });
    expect(canStart(period, 'signed', '2026-03-28')).toEqual({
      ok: false,
      code: 'PLACEMENT_ENDED',
      message: 'Le stage s’est terminé le 27/03/2026.',
    });
  });

  it('throws a RangeError on bad input', () => {
    expect(() => canStart(period, 'signed', '2026-02-30')).toThrow(RangeError);
    expect(() => canStart(period, 'approved' as ConventionStatus, '2026-03-02')).toThrow(RangeError);
    expect(() => canStart(period, 'toString' as ConventionStatus, '2026-03-02')).toThrow(RangeError);
  });

  it('property: never ok unless the convention is signed', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<ConventionStatus | null>(null, 'draft', 'sent', 'partly_signed'),
        fc.integer({ min: 0, max: 40 }),
        (s, d) => {
          const today = `2026-03-${String(1 + (d % 28)).padStart(2, '0')}`;
          expect(canStart(period, s, today)).toMatchObject({ ok: false, code: 'CONVENTION_NOT_SIGNED' });
        },
      ),
    );
  });
});
