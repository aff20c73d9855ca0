import fc from 'fast-check';
import { addYears } from '@app/platform/time/calendar';
import { hireDeadlines } from './deadlines.rules';

const rules = { hireTrainingStartYears: 2, hireQualificationYears: 3 };

describe('hireDeadlines', () => {
  it('gives both deadlines two and three years after the hire date, in time on the day itself', () => {
    expect(hireDeadlines('2025-09-01', rules, '2026-03-12')).toEqual({
      trainingStartBy: '2027-09-01',
      qualificationBy: '2028-09-01',
      trainingStartOverdue: false,
      qualificationOverdue: false,
      explanation: 'Embauche le 01/09/2025 : entrée en formation au plus tard le 01/09/2027, CQP à obtenir au plus tard le 01/09/2028.',
    });
    expect(hireDeadlines('2025-09-01', rules, '2027-09-01').trainingStartOverdue).toBe(false);
    expect(hireDeadlines('2025-09-01', rules, '2028-09-01')).toMatchObject({ trainingStartOverdue: true, qualificationOverdue: false });
  });

  it('says which deadline has passed', () => {
    expect(hireDeadlines('2025-09-01', rules, '2027-09-02')).toMatchObject({
      trainingStartOverdue: true,
      qualificationOverdue: false,
      explanation:
        "Embauche le 01/09/2025 : entrée en formation au plus tard le 01/09/2027, CQP à obtenir au plus tard le 01/09/2028. Le délai d'entrée en formation est dépassé.",
    });
    expect(hireDeadlines('2025-09-01', rules, '2028-09-02')).toMatchObject({
      trainingStartOverdue: true,
      qualificationOverdue: true,
      explanation:
        'Embauche le 01/09/2025 : entrée en formation au plus tard le 01/09/2027, CQP à obtenir au plus tard le 01/09/2028. Les deux délais sont dépassés.',
    });
    const reversed = hireDeadlines('2025-09-01', { hireTrainingStartYears: 3, hireQualificationYears: 2 }, '2027-10-01');
    expect(reversed).toMatchObject({ trainingStartOverdue: false, qualificationOverdue: true });
    expect(reversed.explanation.endsWith(" Le délai d'obtention du CQP est dépassé.")).toBe(true);
  });

  it('moves a 29 February hire to 28 February in a common year, and keeps it in a leap year', () => {
    expect(hireDeadlines('2024-02-29', rules, '2024-03-01')).toMatchObject({
      trainingStartBy: '2026-02-28',
      qualificationBy: '2027-02-28',
    });
    expect(hireDeadlines('2024-02-29', { hireTrainingStartYears: 4, hireQualificationYears: 8 }, '2024-03-01')).toMatchObject({
      trainingStartBy: '2028-02-29',
      qualificationBy: '2032-02-29',
    });
    expect(hireDeadlines('2096-02-29', { hireTrainingStartYears: 4, hireQualificationYears: 4 }, '2096-03-01').trainingStartBy).toBe(
      '2100-02-28',
    );
  });

  it('is not overdue before the hire date', () => {
    expect(hireDeadlines('2026-09-01', rules, '2026-01-01')).toMatchObject({ trainingStartOverdue: false, qualificationOverdue: false });
  });

  it('throws a RangeError on an invalid date or number of years', () => {
    expect(() => hireDeadlines('2025-02-30', rules, '2026-01-01')).toThrow('Date invalide : « 2025-02-30 »');
    expect(() => hireDeadlines('01/09/2025', rules, '2026-01-01')).toThrow(RangeError);
    expect(() => hireDeadlines('2025-09-01', rules, '2026-13-01')).toThrow(RangeError);
    expect(() => hireDeadlines('2025-09-01', { hireTrainingStartYears: 1.5, hireQualificationYears: 3 }, '2026-01-01')).toThrow(RangeError);
    expect(() => hireDeadlines('2025-09-01', { hireTrainingStartYears: 2, hireQualificationYears: -1 }, '2026-01-01')).toThrow(RangeError);
    expect(() => hireDeadlines('9998-09-01', rules, '2026-01-01')).toThrow(RangeError);
  });

  const date = fc
    .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2090-12-31T00:00:00Z'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));
  const years = fc.integer({ min: 1, max: 10 });

  it('gives a valid date the right number of years later, same month and day unless 29 February', () => {
    fc.assert(
      fc.property(date, years, (hired, n) => {
        const by = addYears(hired, n);
        expect(Number(by.slice(0, 4))).toBe(Number(hired.slice(0, 4)) + n);
        if (hired.slice(5) === '02-29') expect(['02-28', '02-29']).toContain(by.slice(5));
        else expect(by.slice(5)).toBe(hired.slice(5));
        expect(new Date(`${by}T00:00:00Z`).toISOString().slice(0, 10)).toBe(by);
      }),
      { numRuns: 1000 },
    );
  });

  it('is overdue exactly after the deadline, and the qualification deadline never comes before the training one', () => {
    fc.assert(
      fc.property(date, date, years, years, (hired, today, a, b) => {
        const [start, qualification] = a <= b ? [a, b] : [b, a];
        const result = hireDeadlines(hired, { hireTrainingStartYears: start, hireQualificationYears: qualification }, today);
        expect(result.trainingStartBy <= result.qualificationBy).toBe(true);
        expect(result.trainingStartOverdue).toBe(today > result.trainingStartBy);
        expect(result.qualificationOverdue).toBe(today > result.qualificationBy);
        if (result.qualificationOverdue) expect(result.trainingStartOverdue).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});
