import fc from 'fast-check';
import { addDays } from '@app/platform/time/calendar';
import { bpfReminderDue } from './bpf-report.rules';

describe('bpfReminderDue', () => {
  it('is due on 2 May and 24 May, once a year each (its key names the year and the day)', () => {
    expect(bpfReminderDue('2027-05-02')).toEqual({ key: 'bpf-report:2027:05-02', deadline: '2027-05-31', daysLeft: 29 });
    expect(bpfReminderDue('2028-05-24')).toEqual({ key: 'bpf-report:2028:05-24', deadline: '2028-05-31', daysLeft: 7 });
    expect(bpfReminderDue('2027-05-01')).toBeNull();
    expect(bpfReminderDue('2027-05-31')).toBeNull();
    expect(bpfReminderDue('2028-02-29')).toBeNull();
  });

  it('falls on exactly two days of any year', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1990, max: 2200 }), (year) => {
        const days = Array.from({ length: 366 }, (_, i) => addDays(`${year}-01-01`, i)).filter((d) => d.startsWith(String(year)));
        const due = days.map(bpfReminderDue).filter((r) => r !== null);
        return due.length === 2 && new Set(due.map((r) => r.key)).size === 2;
      }),
      { numRuns: 30 },
    );
  });

  it('refuses an invalid date', () => {
    expect(() => bpfReminderDue('2027-02-29')).toThrow('Date invalide : « 2027-02-29 » (format attendu AAAA-MM-JJ).');
  });
});
