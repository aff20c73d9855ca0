import fc from 'fast-check';
import { parisDate, parisInstant, parisTime } from '@app/platform/time/paris-time';
import { deliveryStep, EARLY_TOLERANCE_MS, emailSendTime, inQuietHours, reminderInstant } from './delivery-time.rules';

describe('reminderInstant', () => {
  it('is the Paris wall-clock time of the due day, in winter and in summer', () => {
    expect(reminderInstant('2026-01-15', '07:00').toISOString()).toBe('2026-01-15T06:00:00.000Z');
    expect(reminderInstant('2026-07-15', '07:00').toISOString()).toBe('2026-07-15T05:00:00.000Z');
  });

  it('keeps 07:00 local on both days of the daylight-saving changes', () => {
    expect(reminderInstant('2026-03-29', '07:00').toISOString()).toBe('2026-03-29T05:00:00.000Z'); // summer time from 02:00
    expect(reminderInstant('2026-03-28', '07:00').toISOString()).toBe('2026-03-28T06:00:00.000Z');
    expect(reminderInstant('2026-10-25', '07:00').toISOString()).toBe('2026-10-25T06:00:00.000Z'); // winter time from 03:00
    expect(reminderInstant('2026-10-24', '07:00').toISOString()).toBe('2026-10-24T05:00:00.000Z');
  });

  it('sends a time skipped in spring one hour later', () => {
    expect(parisTime(reminderInstant('2026-03-29', '02:30'))).toBe('03:30');
  });

  it('throws a RangeError on an invalid date or time', () => {
    expect(() => reminderInstant('2026-02-30', '07:00')).toThrow(RangeError);
    expect(() => reminderInstant('2026-02-03', '7h')).toThrow(RangeError);
    expect(() => reminderInstant('2026-02-03', '24:00')).toThrow(RangeError);
  });

  it('names the invalid time in its French message', () => {
    expect(() => reminderInstant('2026-02-03', '7h')).toThrow('Heure invalide : « 7h » (format attendu HH:MM).');
  });
});

describe('quiet hours', () => {
  const paris = (date: string, time: string) => reminderInstant(date, time);

  it('holds e-mails from 20:00 to 08:00 Paris time, bounds included at 20:00 and excluded at 08:00', () => {
    expect(inQuietHours(paris('2026-02-03', '19:59'))).toBe(false);
    expect(inQuietHours(paris('2026-02-03', '20:00'))).toBe(true);
    expect(inQuietHours(paris('2026-02-03', '07:59'))).toBe(true);
    expect(inQuietHours(paris('2026-02-03', '08:00'))).toBe(false);
    expect(emailSendTime(paris('2026-02-03', '19:59'))).toEqual(paris('2026-02-03', '19:59'));
    expect(emailSendTime(paris('2026-02-03', '20:00'))).toEqual(paris('2026-02-04', '08:00'));
    expect(emailSendTime(paris('2026-02-03', '23:30'))).toEqual(paris('2026-02-04', '08:00'));
    expect(emailSendTime(paris('2026-02-04', '00:10'))).toEqual(paris('2026-02-04', '08:00'));
    expect(emailSendTime(paris('2026-02-04', '07:00'))).toEqual(paris('2026-02-04', '08:00'));
  });

  it('uses Paris time, not UTC, across the daylight-saving changes and the end of the year', () => {
    // 21:30 UTC on 28 March is 22:30 in Paris (winter): held until 08:00 on 29 March, which is summer time (06:00 UTC).
    expect(emailSendTime(new Date('2026-03-28T21:30:00Z')).toISOString()).toBe('2026-03-29T06:00:00.000Z');
    // 19:30 UTC on 24 October is 21:30 in Paris (summer): held until 08:00 on 25 October, winter time (07:00 UTC).
    expect(emailSendTime(new Date('2026-10-24T19:30:00Z')).toISOString()).toBe('2026-10-25T07:00:00.000Z');
    // 18:30 UTC in January is 19:30 in Paris: sent at once.
    expect(emailSendTime(new Date('2026-01-10T18:30:00Z')).toISOString()).toBe('2026-01-10T18:30:00.000Z');
    expect(emailSendTime(paris('2026-12-31', '22:00'))).toEqual(paris('2027-01-01', '08:00'));
  });

  it('never sends during quiet hours, never earlier than asked, and holds at most 13 hours (20:00 to 08:00 across the autumn change) (property)', () => {
    const instants = fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2030, 11, 31) }).map((ms) => new Date(ms));
    fc.assert(
      fc.property(instants, (instant) => {
        const sent = emailSendTime(instant);
        const held = sent.getTime() - instant.getTime();
        return !inQuietHours(sent) && held >= 0 && held <= 13 * 3600_000 && (held === 0 || parisTime(sent) === '08:00');
      }),
      { numRuns: 2000 },
    );
  });

  it('holds to the same or the next Paris day', () => {
    const sent = emailSendTime(reminderInstant('2026-06-30', '21:00'));
    expect(parisDate(sent)).toBe('2026-07-01');
    expect(() => emailSendTime(new Date('nope'))).toThrow(RangeError);
  });

  it('refuses what is not a valid instant, in French', () => {
    expect(() => emailSendTime(new Date('nope'))).toThrow('Instant invalide.');
    expect(() => emailSendTime('2026-06-30T21:00:00Z' as unknown as Date)).toThrow('Instant invalide.');
  });
});

describe('quiet hours on the nights of the changes', () => {
  it('holds 11 hours on the spring night and 13 hours on the autumn night', () => {
    const spring = reminderInstant('2026-03-28', '20:00');
    const autumn = reminderInstant('2026-10-24', '20:00');
    expect((emailSendTime(spring).getTime() - spring.getTime()) / 3600_000).toBe(11);
    expect((emailSendTime(autumn).getTime() - autumn.getTime()) / 3600_000).toBe(13);
  });
});

describe('deliveryStep', () => {
  const noon = parisInstant('2026-12-01', '12:00');
  const night = parisInstant('2026-12-01', '21:00');
  const n = (over: Partial<{ status: string; channel: string; sendAt: Date }> = {}) => ({
    status: 'scheduled',
    channel: 'email',
    sendAt: noon,
    ...over,
  });

  it('skips what is no longer scheduled, whatever the time', () => {
    for (const status of ['sent', 'cancelled', 'failed']) {
      expect(deliveryStep(n({ status }), noon)).toBe('skip');
      expect(deliveryStep(n({ status, sendAt: new Date(noon.getTime() + 3600_000) }), noon)).toBe('skip');
    }
  });

  it('holds what is early beyond the tolerance, sends what is within it', () => {
    expect(deliveryStep(n({ sendAt: new Date(noon.getTime() + EARLY_TOLERANCE_MS + 1) }), noon)).toBe('early');
    expect(deliveryStep(n({ sendAt: new Date(noon.getTime() + EARLY_TOLERANCE_MS) }), noon)).toBe('send');
    expect(deliveryStep(n({ sendAt: new Date(noon.getTime() - 86400_000) }), noon)).toBe('send'); // late: at once
  });

  it('holds e-mails in the quiet hours, never in-app notifications', () => {
    expect(deliveryStep(n({ sendAt: night }), night)).toBe('quiet');
    expect(deliveryStep(n({ channel: 'in_app', sendAt: night }), night)).toBe('send');
    expect(deliveryStep(n({ sendAt: parisInstant('2026-12-01', '07:59') }), parisInstant('2026-12-01', '07:59'))).toBe('quiet');
    expect(deliveryStep(n({ sendAt: parisInstant('2026-12-01', '08:00') }), parisInstant('2026-12-01', '08:00'))).toBe('send');
  });
});
