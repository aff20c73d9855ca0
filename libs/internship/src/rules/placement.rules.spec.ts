import fc from 'fast-check';
import { addDays, daysBetween } from '@app/platform/time/calendar';
import { checkPlacement, maxConcurrent, Period, periodsOverlap, Placement, PlacementContext } from './placement.rules';

const placement = (over: Partial<Placement> = {}): Placement => ({
  id: 'p1',
  traineeId: 't1',
  hostSiteId: 'h1',
  startOn: '2026-03-02',
  endOn: '2026-03-27',
  plannedHours: 140,
  ...over,
});
const context = (over: Partial<PlacementContext> = {}): PlacementContext => ({
  traineePlacements: [],
  cohort: { startDate: '2025-09-01', endDate: '2026-06-30' },
  hostSite: { capacity: 2 },
  hostSitePlacements: [],
  ...over,
});
const other = (id: string, startOn: string, endOn: string) => ({ id, startOn, endOn });

describe('periodsOverlap', () => {
  it('is inclusive: ending on the 10th and starting on the 10th overlap, starting on the 11th does not', () => {
    expect(periodsOverlap(other('a', '2026-03-01', '2026-03-10'), other('b', '2026-03-10', '2026-03-20'))).toBe(true);
    expect(periodsOverlap(other('a', '2026-03-01', '2026-03-10'), other('b', '2026-03-11', '2026-03-20'))).toBe(false);
    expect(periodsOverlap(other('a', '2026-03-05', '2026-03-05'), other('b', '2026-03-01', '2026-03-20'))).toBe(true);
  });
});

describe('checkPlacement', () => {
  it('accepts a placement within the cohort, free dates and room at the site', () => {
    expect(checkPlacement(placement(), context())).toEqual({ ok: true });
    expect(checkPlacement(placement({ startOn: '2026-03-02', endOn: '2026-03-02' }), context())).toEqual({ ok: true });
  });

  it('refuses an end before the start', () => {
    expect(checkPlacement(placement({ endOn: '2026-03-01' }), context())).toEqual({
      ok: false,
      code: 'PLACEMENT_END_BEFORE_START',
      message: 'La date de fin (01/03/2026) précède la date de début (02/03/2026).',
    });
  });

  it('accepts the cohort boundaries and refuses one day beyond', () => {
    expect(checkPlacement(placement({ startOn: '2025-09-01', endOn: '2026-06-30' }), context()).ok).toBe(true);
    const before = checkPlacement(placement({ startOn: '2025-08-31' }), context());
    expect(before).toEqual({
      ok: false,
      code: 'PLACEMENT_OUTSIDE_COHORT',
      message: 'Le stage doit se dérouler pendant la formation de la cohorte, du 01/09/2025 au 30/06/2026.',
    });
    expect(checkPlacement(placement({ endOn: '2026-07-01' }), context())).toMatchObject({ code: 'PLACEMENT_OUTSIDE_COHORT' });
  });

  it('refuses an overlap with another placement of the trainee, inclusive dates', () => {
    const touching = context({ traineePlacements: [other('p0', '2026-02-02', '2026-03-02')] });
    expect(checkPlacement(placement(), touching)).toEqual({
      ok: false,
      code: 'PLACEMENT_OVERLAP',
      message: 'Le stagiaire a déjà un stage du 02/02/2026 au 02/03/2026 sur cette période.',
    });
    const dayBefore = context({ traineePlacements: [other('p0', '2026-02-02', '2026-03-01')] });
    expect(checkPlacement(placement(), dayBefore)).toEqual({ ok: true });
  });

  it('ignores the placement itself on update, in the trainee and site lists', () => {
    const self = other('p1', '2026-03-01', '2026-03-31');
    const ctx = context({ traineePlacements: [self], hostSitePlacements: [self], hostSite: { capacity: 1 } });
    expect(checkPlacement(placement(), ctx)).toEqual({ ok: true });
  });

  it('accepts a site exactly at capacity and refuses one over it', () => {
    const two = [other('x', '2026-03-20', '2026-04-10'), other('y', '2026-01-05', '2026-03-02')];
    expect(checkPlacement(placement(), context({ hostSite: { capacity: 3 }, hostSitePlacements: two }))).toEqual({ ok: true });
    expect(checkPlacement(placement(), context({ hostSite: { capacity: 2 }, hostSitePlacements: two }))).toEqual({ ok: true });
    const three = [...two, other('z', '2026-03-20', '2026-03-20')];
    expect(checkPlacement(placement(), context({ hostSite: { capacity: 2 }, hostSitePlacements: three }))).toEqual({
      ok: false,
      code: 'HOST_SITE_FULL',
      message: 'Le lieu de stage est complet sur cette période : 3 stagiaires pour 2 places.',
    });
  });

  it('counts concurrent placements, not all placements of the period', () => {
    const sequential = [other('x', '2026-03-02', '2026-03-10'), other('y', '2026-03-11', '2026-03-27')];
    expect(checkPlacement(placement(), context({ hostSite: { capacity: 2 }, hostSitePlacements: sequential }))).toEqual({ ok: true });
    const site = context({ hostSite: { capacity: 1 }, hostSitePlacements: sequential });
    expect(checkPlacement(placement(), site)).toMatchObject({ code: 'HOST_SITE_FULL', message: expect.stringContaining('pour 1 place.') });
    expect(checkPlacement(placement(), context({ hostSite: { capacity: 0 } }))).toMatchObject({ code: 'HOST_SITE_FULL' });
  });

  it.each([0, -3, Number.NaN, Number.POSITIVE_INFINITY])('refuses planned hours %p', (plannedHours) => {
    expect(checkPlacement(placement({ plannedHours }), context())).toMatchObject({
      ok: false,
      code: 'PLACEMENT_INVALID_HOURS',
      message: expect.stringMatching(/^Nombre d’heures prévu invalide/),
    });
  });

  it('gives the first refusal only', () => {
    const ctx = context({ traineePlacements: [other('p0', '2026-03-01', '2026-03-31')], hostSite: { capacity: 0 } });
    expect(checkPlacement(placement({ plannedHours: 0 }), ctx)).toMatchObject({ code: 'PLACEMENT_OVERLAP' });
    expect(checkPlacement(placement({ plannedHours: 0, endOn: '2026-07-15' }), ctx)).toMatchObject({ code: 'PLACEMENT_OUTSIDE_COHORT' });
  });

  it('handles 29 February', () => {
    const leap = placement({ startOn: '2024-02-29', endOn: '2024-03-01' });
    const ctx = context({ cohort: { startDate: '2024-02-29', endDate: '2024-06-30' } });
    expect(checkPlacement(leap, ctx)).toEqual({ ok: true });
    expect(checkPlacement(leap, { ...ctx, traineePlacements: [other('p0', '2024-02-20', '2024-02-28')] })).toEqual({ ok: true });
  });

  it('throws a RangeError on malformed input', () => {
    expect(() => checkPlacement(placement({ startOn: '2026-02-29' }), context())).toThrow(RangeError);
    expect(() => checkPlacement(placement(), context({ cohort: { startDate: '2026-07-01', endDate: '2025-09-01' } }))).toThrow(RangeError);
    expect(() => checkPlacement(placement(), context({ hostSite: { capacity: 1.5 } }))).toThrow(RangeError);
    expect(() => checkPlacement(placement(), context({ hostSite: { capacity: -1 } }))).toThrow(RangeError);
    expect(() => checkPlacement(placement(), context({ hostSitePlacements: [other('x', '2026-13-01', '2026-03-01')] }))).toThrow(
      RangeError,
    );
  });
});

const base = '2026-01-01';
const periodArb = fc
  .tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 20 }))
  .map(([from, length]): Period => ({ startOn: addDays(base, from), endOn: addDays(base, from + length) }));

describe('properties', () => {
  it('overlap is symmetric and matches a day-by-day comparison', () => {
    fc.assert(
      fc.property(periodArb, periodArb, (a, b) => {
        expect(periodsOverlap(a, b)).toBe(periodsOverlap(b, a));
        const days = (p: Period) => Array.from({ length: daysBetween(p.startOn, p.endOn) + 1 }, (_, i) => addDays(p.startOn, i));
        expect(periodsOverlap(a, b)).toBe(days(a).some((d) => days(b).includes(d)));
      }),
    );
  });

  it('an updated placement never collides with itself', () => {
    fc.assert(
      fc.property(periodArb, fc.integer({ min: 0, max: 3 }), (p, capacity) => {
        const self = { id: 'p1', ...p };
        const ctx = context({
          cohort: { startDate: base, endDate: '2026-12-31' },
          traineePlacements: [self],
          hostSitePlacements: [self, self],
          hostSite: { capacity: Math.max(1, capacity) },
        });
        expect(checkPlacement(placement(p), ctx)).toEqual({ ok: true });
      }),
    );
  });

  it('the sweep-line maximum equals a brute-force day-by-day count, and decides HOST_SITE_FULL', () => {
    fc.assert(
      fc.property(periodArb, fc.array(periodArb, { maxLength: 8 }), fc.integer({ min: 0, max: 6 }), (candidate, sites, capacity) => {
        let brute = 0;
        for (let d = candidate.startOn; d <= candidate.endOn; d = addDays(d, 1)) {
          brute = Math.max(brute, sites.filter((s) => s.startOn <= d && d <= s.endOn).length);
        }
        expect(maxConcurrent(sites, candidate)).toBe(brute);
        const result = checkPlacement(
          placement(candidate),
          context({
            cohort: { startDate: base, endDate: '2026-12-31' },
            hostSite: { capacity },
            hostSitePlacements: sites.map((s, i) => ({ id: `s${i}`, ...s })),
          }),
        );
        expect(result.ok).toBe(brute + 1 <= capacity);
      }),
    );
  });
});
