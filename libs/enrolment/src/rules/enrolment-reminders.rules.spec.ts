import fc from 'fast-check';
import { addDays } from '@app/platform/time/calendar';
import { documentsReminderDue, hireDeadlineRemindersDue, interviewReminderDue } from './enrolment-reminders.rules';

const rules = { hireTrainingStartYears: 2, hireQualificationYears: 3 };
const anyDay = fc.integer({ min: 0, max: 4000 }).map((n) => addDays('2023-01-01', n));

describe('documentsReminderDue', () => {
  it('is due 3 and 10 days after the day the candidate had to act, while documents are missing', () => {
    const a = { id: 'a1', sinceOn: '2028-02-26', missing: 2 };
    expect(documentsReminderDue(a, '2028-02-29')).toEqual({ key: 'application-documents:a1:2028-02-26:3', days: 3 });
    expect(documentsReminderDue(a, '2028-03-07')).toEqual({ key: 'application-documents:a1:2028-02-26:10', days: 10 });
    expect(documentsReminderDue(a, '2028-03-01')).toBeNull();
    expect(documentsReminderDue({ ...a, missing: 0 }, '2028-02-29')).toBeNull();
    expect(() => documentsReminderDue(a, '2027-02-29')).toThrow(RangeError);
  });

  it('falls on exactly two days, with two keys, whatever the start', () => {
    fc.assert(
      fc.property(anyDay, (sinceOn) => {
        const days = Array.from({ length: 30 }, (_, i) => addDays(sinceOn, i));
        const due = days.map((d) => documentsReminderDue({ id: 'x', sinceOn, missing: 1 }, d)).filter((r) => r !== null);
        return due.length === 2 && new Set(due.map((r) => r.key)).size === 2;
      }),
    );
  });
});

describe('interviewReminderDue', () => {
  it('is due the day before the interview, with the day in its key', () => {
    expect(interviewReminderDue({ id: 'a1', interviewOn: '2028-03-01' }, '2028-02-29')).toEqual({
      key: 'interview-tomorrow:a1:2028-03-01',
    });
    expect(interviewReminderDue({ id: 'a1', interviewOn: '2028-03-01' }, '2028-02-28')).toBeNull();
    expect(interviewReminderDue({ id: 'a1', interviewOn: '2028-03-01' }, '2028-03-01')).toBeNull();
  });

  it('gives a moved interview another key', () => {
    fc.assert(
      fc.property(anyDay, fc.integer({ min: 1, max: 60 }), (on, shift) => {
        const before = interviewReminderDue({ id: 'a', interviewOn: on }, addDays(on, -1))!;
        const after = interviewReminderDue({ id: 'a', interviewOn: addDays(on, shift) }, addDays(on, shift - 1))!;
        return before.key !== after.key;
      }),
    );
  });
});

describe('hireDeadlineRemindersDue', () => {
  const hired = { id: 'h1', hiredOn: '2026-02-28', trainingStartedOn: null, certified: false };

  it('reminds 60 days before each deadline', () => {
    // Training by 2028-02-28 (60 days before: 2027-12-30), CQP by 2029-02-28 (60 days before: 2028-12-30).
    expect(hireDeadlineRemindersDue(hired, rules, '2027-12-30')).toEqual([
      { kind: 'hire_deadline_training_start', deadline: '2028-02-28', key: 'hire_deadline_training_start:h1:2028-02-28' },
    ]);
    expect(hireDeadlineRemindersDue(hired, rules, '2028-12-30')).toEqual([
      { kind: 'hire_deadline_qualification', deadline: '2029-02-28', key: 'hire_deadline_qualification:h1:2029-02-28' },
    ]);
    expect(hireDeadlineRemindersDue(hired, rules, '2027-12-31')).toEqual([]);
  });

  it('counts a 29 February hire to 28 February of a common year', () => {
    const leap = { ...hired, hiredOn: '2024-02-29' };
    expect(hireDeadlineRemindersDue(leap, rules, addDays('2026-02-28', -60)).map((r) => r.deadline)).toEqual(['2026-02-28']);
    expect(hireDeadlineRemindersDue(leap, rules, addDays('2027-02-28', -60)).map((r) => r.deadline)).toEqual(['2027-02-28']);
  });

  it('says nothing of a deadline met: training started in time, or the CQP awarded', () => {
    expect(hireDeadlineRemindersDue({ ...hired, trainingStartedOn: '2027-09-01' }, rules, '2027-12-30')).toEqual([]);
    expect(hireDeadlineRemindersDue({ ...hired, trainingStartedOn: '2028-03-01' }, rules, '2027-12-30')).toHaveLength(1);
    expect(hireDeadlineRemindersDue({ ...hired, certified: true }, rules, '2028-12-30')).toEqual([]);
  });

  it('gives each deadline one reminder over the years', () => {
    fc.assert(
      fc.property(anyDay, (hiredOn) => {
        const days = Array.from({ length: 4 * 366 }, (_, i) => addDays(hiredOn, i));
        const due = days.flatMap((d) => hireDeadlineRemindersDue({ ...hired, hiredOn }, rules, d));
        return due.length === 2 && due[0].kind === 'hire_deadline_training_start' && due[1].kind === 'hire_deadline_qualification';
      }),
      { numRuns: 40 },
    );
  });
});
