import fc from 'fast-check';
import { addDays } from '@app/platform/time/calendar';
import { DEFAULT_AFGSU_SETTINGS } from './afgsu-attestation';
import { afgsuCatalogueKind, afgsuExpiryDatesDueOn, afgsuReminderDueDates, remindersDueOn } from './afgsu-reminders.rules';

describe('afgsuCatalogueKind', () => {
  it('names the catalogue kind of each AFGSU reminder', () => {
    expect(afgsuCatalogueKind({ kind: 'afgsu_expiring', thresholdDays: 90 })).toBe('afgsu_expiring_90');
    expect(afgsuCatalogueKind({ kind: 'afgsu_expiring', thresholdDays: 30 })).toBe('afgsu_expiring_30');
    expect(afgsuCatalogueKind({ kind: 'afgsu_expired' })).toBe('afgsu_expired');
    expect(afgsuCatalogueKind({ kind: 'afgsu_session_tomorrow' })).toBe('afgsu_session_tomorrow');
    expect(() => afgsuCatalogueKind({ kind: 'afgsu_expiring' })).toThrow(RangeError);
  });
});

describe('afgsuExpiryDatesDueOn', () => {
  it('gives the expiry dates whose reminders fall today, across 29 February', () => {
    expect(afgsuExpiryDatesDueOn('2027-12-01')).toEqual(['2028-02-29', '2027-12-31', '2027-11-30']);
    expect(afgsuExpiryDatesDueOn('2028-03-01')).toEqual(['2028-05-30', '2028-03-31', '2028-02-29']);
  });

  it('selects every attestation whose expiry reminder is due today (the SQL pre-selection loses none)', () => {
    const day = fc.integer({ min: 0, max: 3000 }).map((n) => addDays('2024-01-01', n));
    fc.assert(
      fc.property(day, day, (issuedOn, today) => {
        const expiresOn = addDays(issuedOn, 4 * 365);
        const attestation = { id: 'a', level: 1 as const, kind: 'initial' as const, issuedOn, expiresOn, verified: true };
        const due = remindersDueOn(afgsuReminderDueDates([attestation], [], DEFAULT_AFGSU_SETTINGS), today);
        return due.length === 0 || afgsuExpiryDatesDueOn(today).includes(expiresOn);
      }),
      { numRuns: 500 },
    );
  });
});
