import { addDays } from '@app/platform/time/calendar';
import { planDataset } from './cohort-plan';
import { ScaleKeys } from './scale-keys';
import { DEFAULT_SCALE_OPTIONS, ScaleOptions } from './scale-options';

const TRAINING_DAYS = 40;
const options: ScaleOptions = { ...DEFAULT_SCALE_OPTIONS, today: '2026-11-30' };
const plan = planDataset(options, new ScaleKeys(options.seed), TRAINING_DAYS);
const weekday = (date: string) => (new Date(`${date}T12:00:00Z`).getUTCDay() + 6) % 7;

describe('the cohort plan of a scale dataset', () => {
  it('shares every trainee out once, in cohorts of 20 to 25 numbered without gaps', () => {
    expect(plan.schools).toHaveLength(35);
    expect(plan.cohorts.reduce((sum, c) => sum + c.size, 0)).toBe(60_000);
    expect(Math.min(...plan.cohorts.map((c) => c.size))).toBeGreaterThanOrEqual(20);
    expect(plan.maxCohortSize).toBeLessThanOrEqual(25);
    plan.cohorts.forEach((c, i) => {
      expect(c.index).toBe(i);
      expect(c.firstTrainee).toBe(i === 0 ? 0 : plan.cohorts[i - 1].firstTrainee + plan.cohorts[i - 1].size);
    });
  });

  it('starts cohorts over the five years up to two months after today, on their lane’s weekday', () => {
    const starts = plan.cohorts.map((c) => c.startDate).sort();
    expect(starts[0] >= addDays(options.today, 60 - 5 * 365)).toBe(true);
    expect(starts.at(-1)! <= addDays(options.today, 66)).toBe(true);
    for (const c of plan.cohorts) {
      expect(weekday(c.startDate)).toBe(c.weekday);
      expect(c.weekday).toBe(c.lane % 5);
      expect(c.examDate).toBe(addDays(c.startDate, 7 * (TRAINING_DAYS - 1)));
      expect(c.endDate).toBe(addDays(c.examDate, 14));
    }
  });

  it('never runs two cohorts of a school in the same lane at once (one trainer, one set of host sites)', () => {
    const byLane = new Map<string, { startDate: string; endDate: string }[]>();
    for (const c of plan.cohorts) byLane.set(`${c.school}:${c.lane}`, [...(byLane.get(`${c.school}:${c.lane}`) ?? []), c]);
    for (const cohorts of byLane.values()) {
      cohorts.slice(1).forEach((c, i) => expect(c.startDate > cohorts[i].endDate).toBe(true));
    }
    expect(plan.trainersPerSchool).toBe(plan.lanes / 5);
  });

  it('is the same for the same seed and differs for another', () => {
    expect(planDataset(options, new ScaleKeys(options.seed), TRAINING_DAYS)).toEqual(plan);
    const other = planDataset({ ...options, seed: 7 }, new ScaleKeys(7), TRAINING_DAYS);
    expect(other.cohorts.map((c) => c.format)).not.toEqual(plan.cohorts.map((c) => c.format));
  });

  it('plans a tiny dataset too', () => {
    const tiny = planDataset({ ...options, schools: 2, trainees: 61, years: 1 }, new ScaleKeys(1), TRAINING_DAYS);
    expect(tiny.cohorts.map((c) => [c.school, c.size])).toEqual([
      [0, 31],
      [1, 30],
    ]);
  });
});
