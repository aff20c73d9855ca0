import fc from 'fast-check';
import { addDays } from '@app/platform/time/calendar';
import {
  checkEvaluationDates,
  MAX_EVALUATIONS_PER_PLACEMENT,
  planEvaluationSchedule,
  redatedSchedule,
  ScheduledEvaluation,
} from './evaluation-schedule.rules';

const placement = { startOn: '2026-03-02', endOn: '2026-03-27' };
const ev = (id: string, dueOn: string, locked = false): ScheduledEvaluation => ({ id, dueOn, locked });

/** The dates after applying `plan` to `existing`. */
function apply(existing: ScheduledEvaluation[], plan: ReturnType<typeof planEvaluationSchedule>): string[] {
  const kept = existing.filter((e) => !plan.remove.includes(e.id)).map((e) => plan.update.find((u) => u.id === e.id)?.dueOn ?? e.dueOn);
  return [...kept, ...plan.create].sort();
}

describe('checkEvaluationDates', () => {
  it('accepts distinct dates within the placement, sorted', () => {
    expect(checkEvaluationDates(placement, ['2026-03-27', '2026-03-02', '2026-03-16'], [])).toEqual({
      ok: true,
      dates: ['2026-03-02', '2026-03-16', '2026-03-27'],
    });
  });

  it('refuses an empty or too long list, a date outside the placement, a repeated date', () => {
    const days = Array.from({ length: MAX_EVALUATIONS_PER_PLACEMENT + 1 }, (_, i) => addDays(placement.startOn, i));
    for (const dates of [[], days, ['2026-03-01'], ['2026-03-28'], ['2026-02-30'], ['2026-03-10', '2026-03-10']]) {
      expect(checkEvaluationDates(placement, dates, [])).toMatchObject({ ok: false, code: 'EVALUATION_DATES_INVALID' });
    }
    expect(checkEvaluationDates(placement, ['2026-03-01'], [])).toMatchObject({ message: expect.stringContaining('2026-03-01') });
  });

  it('refuses to move or remove a drafted or submitted evaluation, not a free one', () => {
    const existing = [ev('a', '2026-03-14', true), ev('b', '2026-03-27')];
    expect(checkEvaluationDates(placement, ['2026-03-20'], existing)).toMatchObject({ ok: false, code: 'EVALUATION_DATES_LOCKED' });
    expect(checkEvaluationDates(placement, ['2026-03-14'], existing)).toMatchObject({ ok: true });
  });
});

describe('redatedSchedule', () => {
  it('moves every free evaluation to the new computed dates', () => {
    expect(redatedSchedule([ev('a', '2026-03-14'), ev('b', '2026-03-27')], ['2026-03-21', '2026-04-10'])).toEqual([
      '2026-03-21',
      '2026-04-10',
    ]);
  });

  it('keeps a started evaluation in place of the earliest computed date', () => {
    expect(redatedSchedule([ev('a', '2026-03-14', true), ev('b', '2026-03-27')], ['2026-03-21', '2026-04-10'])).toEqual([
      '2026-03-14',
      '2026-04-10',
    ]);
  });
});

describe('planEvaluationSchedule', () => {
  it('moves free evaluations in date order, creates the missing ones, removes the surplus', () => {
    const existing = [ev('b', '2026-03-27'), ev('a', '2026-03-14')];
    expect(planEvaluationSchedule(existing, ['2026-03-10', '2026-03-20', '2026-03-25'])).toEqual({
      update: [
        { id: 'a', dueOn: '2026-03-10' },
        { id: 'b', dueOn: '2026-03-20' },
      ],
      create: ['2026-03-25'],
      remove: [],
    });
    expect(planEvaluationSchedule(existing, ['2026-03-27'])).toEqual({ update: [], create: [], remove: ['a'] });
  });

  it('never touches a locked evaluation and refuses a schedule without its date', () => {
    const existing = [ev('a', '2026-03-14', true), ev('b', '2026-03-27')];
    expect(planEvaluationSchedule(existing, ['2026-03-14', '2026-03-20'])).toEqual({
      update: [{ id: 'b', dueOn: '2026-03-20' }],
      create: [],
      remove: [],
    });
    expect(() => planEvaluationSchedule(existing, ['2026-03-20'])).toThrow(RangeError);
  });

  it('reaches exactly the wanted dates, with locked evaluations untouched (property)', () => {
    const day = fc.integer({ min: 0, max: 25 }).map((n) => addDays(placement.startOn, n));
    fc.assert(
      fc.property(
        fc.uniqueArray(day, { maxLength: 6 }),
        fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
        fc.uniqueArray(day, { maxLength: 6 }),
        (current, lockedFlags, wanted) => {
          const existing = current.map((d, i) => ev(`e${i}`, d, lockedFlags[i]));
          const dates = redatedSchedule(existing, wanted);
          const plan = planEvaluationSchedule(existing, dates);
          expect(apply(existing, plan)).toEqual(dates);
          const touched = [...plan.update.map((u) => u.id), ...plan.remove];
          expect(existing.filter((e) => e.locked && touched.includes(e.id))).toEqual([]);
          expect(new Set(apply(existing, plan)).size).toBe(dates.length);
        },
      ),
    );
  });
});
