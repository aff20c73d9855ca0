import fc from 'fast-check';
import { addMonths, addYears } from '@app/platform/time/calendar';
import { RULE_SETTINGS } from '@app/referential/settings/rule-settings';
import {
  assertRetentionSettings,
  formerTraineeAccountCloseOn,
  healthAccessLogKeptFrom,
  identityDocumentPurgeOn,
  isPastRetention,
  RETENTION_MINIMUMS,
  RetentionSettings,
  trainingRecordsAnonymiseOn,
  unsuccessfulApplicationPurgeOn,
} from './retention.rules';

const DEFAULTS: RetentionSettings = {
  identityDocumentRetentionYears: 1,
  unsuccessfulApplicationRetentionMonths: 24,
  trainingRecordsRetentionYears: 10,
  formerTraineeAccountRetentionMonths: 12,
};

describe('identity document copies', () => {
  it('are purged on 1 January after the year the file closed', () => {
    const purgeOn = identityDocumentPurgeOn(new Date('2026-03-10T09:00:00Z'), new Date('2026-06-01T09:00:00Z'), 1);
    expect(purgeOn).toBe('2027-01-01');
    expect(isPastRetention(purgeOn, '2026-12-31')).toBe(false);
    expect(isPastRetention(purgeOn, '2027-01-01')).toBe(true);
  });

  it('count the later of the upload and the closing: uploaded in December, decided in January', () => {
    expect(identityDocumentPurgeOn(new Date('2026-12-20T09:00:00Z'), new Date('2027-01-15T09:00:00Z'), 1)).toBe('2028-01-01');
  });

  it('take the Paris calendar year: 31 December 23:30 UTC is already the next year in Paris', () => {
    expect(identityDocumentPurgeOn(new Date('2025-12-31T23:30:00Z'), new Date('2025-12-31T23:30:00Z'), 1)).toBe('2027-01-01');
    expect(identityDocumentPurgeOn(new Date('2025-12-31T22:59:59Z'), new Date('2025-12-31T22:59:59Z'), 1)).toBe('2026-01-01');
    // Summer time: 21:59 UTC on 30 June is still that day in Paris (UTC+2), whatever the year boundary.
    expect(identityDocumentPurgeOn(new Date('2026-06-30T21:59:00Z'), new Date('2026-06-30T21:59:00Z'), 3)).toBe('2029-01-01');
  });

  it('are kept while the file is open', () => {
    expect(identityDocumentPurgeOn(new Date('2020-01-01T09:00:00Z'), null, 1)).toBeNull();
    expect(isPastRetention(null, '2099-01-01')).toBe(false);
  });
});

describe('files of candidates not admitted', () => {
  it('are purged the day `months` after they closed (Paris day), kept the day before', () => {
    const purgeOn = unsuccessfulApplicationPurgeOn(new Date('2026-03-15T10:00:00Z'), 24);
    expect(purgeOn).toBe('2028-03-15');
    expect(isPastRetention(purgeOn, '2028-03-14')).toBe(false);
    expect(isPastRetention(purgeOn, '2028-03-15')).toBe(true);
  });

  it('count from the Paris day a late-evening closing fell on', () => {
    expect(unsuccessfulApplicationPurgeOn(new Date('2026-01-31T23:30:00Z'), 1)).toBe('2026-03-01');
  });
});

describe('former trainees', () => {
  it('keep their records 10 years after the training ended, the anniversary day being the first purged one', () => {
    const on = trainingRecordsAnonymiseOn('2026-06-30', 10);
    expect(on).toBe('2036-06-30');
    expect(isPastRetention(on, '2036-06-29')).toBe(false);
    expect(isPastRetention(on, '2036-06-30')).toBe(true);
  });

  it('a training ended on a leap day is anonymised on 28 February', () => {
    expect(trainingRecordsAnonymiseOn('2028-02-29', 10)).toBe('2038-02-28');
    expect(formerTraineeAccountCloseOn('2028-02-29', 12)).toBe('2029-02-28');
  });

  it('lose their account `months` after the training ended', () => {
    expect(formerTraineeAccountCloseOn('2026-07-15', 12)).toBe('2027-07-15');
  });

  it('the anonymisation day agrees with the calendar’s addYears (property)', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01'), max: new Date('2080-12-31'), noInvalidDate: true }),
        fc.integer({ min: 10, max: 50 }),
        (d, years) => {
          const date = d.toISOString().slice(0, 10);
          expect(trainingRecordsAnonymiseOn(date, years)).toBe(addYears(date, years));
          expect(trainingRecordsAnonymiseOn(date, years)).toBe(addMonths(date, years * 12));
        },
      ),
    );
  });
});

describe('retention settings', () => {
  it('accept the defaults', () => {
    expect(() => assertRetentionSettings(DEFAULTS)).not.toThrow();
  });

  it('refuse a period of 0, under its minimum, fractional or missing: nothing is purged on a bad setting', () => {
    expect(() => assertRetentionSettings({ ...DEFAULTS, identityDocumentRetentionYears: 0 })).toThrow(RangeError);
    expect(() => assertRetentionSettings({ ...DEFAULTS, unsuccessfulApplicationRetentionMonths: 0 })).toThrow(RangeError);
    expect(() => assertRetentionSettings({ ...DEFAULTS, formerTraineeAccountRetentionMonths: 0 })).toThrow(RangeError);
    expect(() => assertRetentionSettings({ ...DEFAULTS, trainingRecordsRetentionYears: 9 })).toThrow(/au moins 10/);
    expect(() => assertRetentionSettings({ ...DEFAULTS, trainingRecordsRetentionYears: 10.5 })).toThrow(RangeError);
    expect(() => assertRetentionSettings({ ...DEFAULTS, identityDocumentRetentionYears: undefined as never })).toThrow(RangeError);
  });
});

describe('the settings catalogue', () => {
  it('lets a school change each period, never below the minimum the purge accepts', () => {
    for (const [key, min] of Object.entries(RETENTION_MINIMUMS)) {
      const def = RULE_SETTINGS[key as keyof typeof RETENTION_MINIMUMS];
      expect([key, def.min, def.configurable, def.integer, def.nullable]).toEqual([key, min, true, true, false]);
    }
  });
});

describe('health data access log', () => {
  it('keeps the lines of the last year: from the same day a year earlier (28 February for 29 February)', () => {
    expect(healthAccessLogKeptFrom('2027-01-01')).toBe('2026-01-01');
    expect(healthAccessLogKeptFrom('2026-11-30')).toBe('2025-11-30');
    expect(healthAccessLogKeptFrom('2028-02-29')).toBe('2027-02-28');
    expect(healthAccessLogKeptFrom('2028-03-01')).toBe('2027-03-01');
    expect(() => healthAccessLogKeptFrom('2026-02-30')).toThrow(RangeError);
  });
});
