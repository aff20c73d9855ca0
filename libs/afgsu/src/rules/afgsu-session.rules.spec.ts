import fc from 'fast-check';
import { AfgsuSessionDay, checkEnrolment, checkSessionPlan } from './afgsu-session.rules';

const day = (date: string, startTime = '09:00', endTime = '17:00'): AfgsuSessionDay => ({ date, startTime, endTime });
/** Two days of 7 h (09:00–12:30, 13:30–17:00). */
const twoDays = [
  day('2027-01-12', '09:00', '12:30'),
  day('2027-01-12', '13:30', '17:00'),
  day('2027-01-13', '09:00', '12:30'),
  day('2027-01-13', '13:30', '17:00'),
];

describe('checkSessionPlan', () => {
  it('accepts a full course of 14 h for 10 to 12 participants, and a refresher of 7 h', () => {
    expect(checkSessionPlan({ kind: 'initial', days: twoDays, capacity: 12 })).toEqual({ ok: true, errors: [], warnings: [] });
    expect(
      checkSessionPlan({ kind: 'initial', days: [day('2027-01-12', '08:30', '15:30'), day('2027-01-19', '08:30', '15:30')], capacity: 10 }),
    ).toEqual({
      ok: true,
      errors: [],
      warnings: [],
    });
    expect(checkSessionPlan({ kind: 'refresher', days: [day('2027-01-12', '09:00', '16:00')], capacity: 11 })).toEqual({
      ok: true,
      errors: [],
      warnings: [],
    });
  });

  it('warns when the total is not 14 h, or 7 h for a refresher', () => {
    expect(checkSessionPlan({ kind: 'initial', days: [day('2027-01-12', '08:00', '18:30')], capacity: 12 })).toEqual({
      ok: true,
      errors: [],
      warnings: ['La formation complète dure 14 h : 10 h 30 prévues.'],
    });
    expect(checkSessionPlan({ kind: 'refresher', days: [day('2027-01-12', '09:00', '17:00')], capacity: 12 }).warnings).toEqual([
      'La réactualisation dure 7 h : 8 h prévues.',
    ]);
    expect(checkSessionPlan({ kind: 'refresher', days: twoDays, capacity: 12 }).warnings).toEqual([
      'La réactualisation dure 7 h : 14 h prévues.',
    ]);
    expect(checkSessionPlan({ kind: 'refresher', days: [day('2027-01-12', '09:00', '09:45')], capacity: 12 }).warnings).toEqual([
      'La réactualisation dure 7 h : 45 min prévues.',
    ]);
  });

  it('warns when the capacity is outside 10–12 and refuses it outside 1–30', () => {
    expect(checkSessionPlan({ kind: 'initial', days: twoDays, capacity: 15 }).warnings).toEqual([
      'Les groupes AFGSU comptent 10 à 12 participants : capacité de 15.',
    ]);
    expect(checkSessionPlan({ kind: 'initial', days: twoDays, capacity: 9 })).toMatchObject({
      ok: true,
      warnings: [expect.stringContaining('capacité de 9')],
    });
    expect(checkSessionPlan({ kind: 'initial', days: twoDays, capacity: 1 }).ok).toBe(true);
    expect(checkSessionPlan({ kind: 'initial', days: twoDays, capacity: 30 }).ok).toBe(true);
    for (const capacity of [0, 31, 10.5, NaN, -1]) {
      expect(checkSessionPlan({ kind: 'initial', days: twoDays, capacity })).toEqual({
        ok: false,
        errors: [
          {
            field: 'capacity',
            code: 'AFGSU_INVALID_CAPACITY',
            message: `Capacité invalide : ${capacity} (un nombre entier de 1 à 30 est attendu).`,
          },
        ],
        warnings: [],
      });
    }
  });

  it('refuses a session without days', () => {
    expect(checkSessionPlan({ kind: 'initial', days: [], capacity: 12 })).toEqual({
      ok: false,
      errors: [{ field: 'days', code: 'AFGSU_SESSION_NO_DAYS', message: 'Une session AFGSU compte au moins une journée.' }],
      warnings: [],
    });
  });

  it('refuses invalid dates and times and an end not after the start, without a total warning', () => {
    const result = checkSessionPlan({
      kind: 'initial',
      days: [
        day('2027-02-30'),
        day('2027-01-12', '9:00'),
        day('2027-01-13', '09:00', '24:00'),
        day('2027-01-14', '17:00', '09:00'),
        day('2027-01-15', '09:00', '09:00'),
      ],
      capacity: 12,
    });
    expect(result).toEqual({
      ok: false,
      errors: [
        { field: 'days[0].date', code: 'AFGSU_INVALID_DATE', message: 'Date invalide : « 2027-02-30 » (format attendu AAAA-MM-JJ).' },
        {
          field: 'days[1].startTime',
          code: 'AFGSU_INVALID_TIME',
          message: 'Heure invalide le 12/01/2027 : « 9:00 » (format attendu HH:MM).',
        },
        {
          field: 'days[2].endTime',
          code: 'AFGSU_INVALID_TIME',
          message: 'Heure invalide le 13/01/2027 : « 24:00 » (format attendu HH:MM).',
        },
        {
          field: 'days[3].endTime',
          code: 'AFGSU_END_NOT_AFTER_START',
          message: 'L’heure de fin (09:00) doit être postérieure à l’heure de début (17:00) le 14/01/2027.',
        },
        { field: 'days[4].endTime', code: 'AFGSU_END_NOT_AFTER_START', message: expect.stringContaining('le 15/01/2027') },
      ],
      warnings: [],
    });
  });

  it('refuses two time ranges sharing time on the same date, but not touching ones', () => {
    expect(
      checkSessionPlan({
        kind: 'initial',
        days: [day('2027-01-12', '09:00', '13:00'), day('2027-01-12', '12:00', '17:00'), day('2027-01-13', '09:00', '14:00')],
        capacity: 12,
      }),
    ).toEqual({
      ok: false,
      errors: [
        {
          field: 'days[1]',
          code: 'AFGSU_DAYS_OVERLAP',
          message: 'Le créneau du 12/01/2027 de 12:00 à 17:00 chevauche celui de 09:00 à 13:00.',
        },
      ],
      warnings: [],
    });
    expect(checkSessionPlan({ kind: 'initial', days: [day('2027-01-12'), day('2027-01-12')], capacity: 12 }).errors).toHaveLength(1);
    expect(
      checkSessionPlan({ kind: 'initial', days: [day('2027-01-12', '09:00', '16:00'), day('2027-01-12', '16:00', '23:00')], capacity: 12 })
        .ok,
    ).toBe(true);
  });

  it('throws a RangeError on an unknown kind', () => {
    expect(() => checkSessionPlan({ kind: 'other' as 'initial', days: twoDays, capacity: 12 })).toThrow(RangeError);
  });

  const pad2 = (n: number) => String(n).padStart(2, '0');
  const hhmm = (minutes: number) => `${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}`;

  it('is ok exactly when there is no error, and warns about the total only when it differs', () => {
    const slot = fc
      .record({
        date: fc.constantFrom('2027-01-12', '2027-01-13'),
        start: fc.integer({ min: 0, max: 1439 }),
        end: fc.integer({ min: 0, max: 1439 }),
      })
      .map(({ date, start, end }) => day(date, hhmm(start), hhmm(end)));
    fc.assert(
      fc.property(
        fc.constantFrom('initial' as const, 'refresher' as const),
        fc.array(slot, { maxLength: 4 }),
        fc.integer({ min: -2, max: 33 }),
        (kind, days, capacity) => {
          const result = checkSessionPlan({ kind, days, capacity });
          expect(result.ok).toBe(result.errors.length === 0);
          expect(result.errors.some((e) => e.field === 'capacity')).toBe(capacity < 1 || capacity > 30);
          if (result.ok) {
            const total = days.reduce(
              (sum, d) =>
                sum +
                Number(d.endTime.slice(0, 2)) * 60 +
                Number(d.endTime.slice(3)) -
                Number(d.startTime.slice(0, 2)) * 60 -
                Number(d.startTime.slice(3)),
              0,
            );
            expect(result.warnings.some((w) => w.includes('dure'))).toBe(total !== (kind === 'initial' ? 840 : 420));
          }
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('checkEnrolment', () => {
  it('accepts a trainee while there is room, warning outside 10–12 participants after this enrolment', () => {
    expect(checkEnrolment({ capacity: 12 }, 9, false)).toEqual({ ok: true, warnings: [] });
    expect(checkEnrolment({ capacity: 12 }, 11, false)).toEqual({ ok: true, warnings: [] });
    expect(checkEnrolment({ capacity: 12 }, 8, false)).toEqual({
      ok: true,
      warnings: ['Les groupes AFGSU comptent 10 à 12 participants : 9 participants avec cette inscription.'],
    });
    expect(checkEnrolment({ capacity: 12 }, 0, false)).toEqual({
      ok: true,
      warnings: ['Les groupes AFGSU comptent 10 à 12 participants : 1 participant avec cette inscription.'],
    });
    expect(checkEnrolment({ capacity: 15 }, 12, false)).toEqual({
      ok: true,
      warnings: ['Les groupes AFGSU comptent 10 à 12 participants : 13 participants avec cette inscription.'],
    });
  });

  it('refuses a full session', () => {
    expect(checkEnrolment({ capacity: 12 }, 12, false)).toEqual({
      ok: false,
      code: 'AFGSU_SESSION_FULL',
      message: 'La session AFGSU est complète : 12 participants pour 12 places.',
    });
    expect(checkEnrolment({ capacity: 1 }, 1, false)).toMatchObject({
      code: 'AFGSU_SESSION_FULL',
      message: expect.stringContaining('1 participant pour 1 place.'),
    });
  });

  it('refuses a trainee already enrolled, even in a full session', () => {
    const already = { ok: false, code: 'AFGSU_ALREADY_ENROLLED', message: 'Ce stagiaire est déjà inscrit à cette session AFGSU.' };
    expect(checkEnrolment({ capacity: 12 }, 5, true)).toEqual(already);
    expect(checkEnrolment({ capacity: 12 }, 12, true)).toEqual(already);
  });

  it('throws a RangeError on an invalid capacity or count', () => {
    expect(() => checkEnrolment({ capacity: 0 }, 0, false)).toThrow(RangeError);
    expect(() => checkEnrolment({ capacity: 31 }, 0, false)).toThrow(RangeError);
    expect(() => checkEnrolment({ capacity: 12 }, -1, false)).toThrow(RangeError);
    expect(() => checkEnrolment({ capacity: 12 }, 1.5, false)).toThrow(RangeError);
  });

  it('never accepts more trainees than the capacity', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 30 }), fc.integer({ min: 0, max: 40 }), fc.boolean(), (capacity, count, already) => {
        const result = checkEnrolment({ capacity }, count, already);
        expect(result.ok).toBe(!already && count < capacity);
        if (result.ok) expect(result.warnings.length > 0).toBe(count + 1 < 10 || count + 1 > 12);
      }),
    );
  });
});
