import { randomBytes } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { Account, AccountStatus, Role } from '@app/platform';
import { addDays } from '@app/platform/time/calendar';
import { parisDate, parisInstant } from '@app/platform/time/paris-time';
import { CertificationVersion, inOrder } from '@app/referential';
import { AttendanceRecord, AttendanceStatus } from '../attendance/attendance-record.entity';
import { Cohort, CohortFormat } from '../cohorts/cohort.entity';
import { sessionMinutes } from '../rules/timetable.rules';
import { TraineeHealth } from '../health/trainee-health.entity';
import { CourseSession } from '../timetable/course-session.entity';
import { Trainee } from '../trainees/trainee.entity';

const DEMO_COHORT = 'Promotion de démonstration';
const OTHER_TRAINEES = [
  ['Martin', 'Camille'],
  ['Bernard', 'Inès'],
  ['Petit', 'Lucas'],
  ['Robert', 'Manon'],
  ['Richard', 'Yasmine'],
];
const SLOTS = [
  ['09:00', '12:30'],
  ['13:30', '17:00'],
];

const token = () => randomBytes(24).toString('base64url');

/**
 * Idempotent demo data for the demo school: a cohort running today with the demo trainee and five
 * others, two sessions a day on Mondays and Tuesdays from eight weeks ago to eight weeks ahead, and
 * attendance for the sessions already past. Runs on the admin connection (a seed, not a request).
 */
export async function seedTrainingDemo(m: EntityManager, schoolId: string, passwordHash: string): Promise<void> {
  if (await m.existsBy(Cohort, { schoolId, name: DEMO_COHORT })) {
    await m.update(Cohort, { schoolId, name: DEMO_COHORT }, { applicationsOpen: true });
    return;
  }
  const version = inOrder(
    await m.findOneOrFail(CertificationVersion, { where: { code: 'RNCP40913' }, relations: { blocks: { modules: true } } }),
  );
  const today = parisDate(new Date());
  const cohort = await m.save(
    m.create(Cohort, {
      schoolId,
      name: DEMO_COHORT,
      versionId: version.id,
      format: CohortFormat.Mixte,
      startDate: addDays(today, -60),
      endDate: addDays(today, 120),
      capacity: 15,
      place: 'Lyon – salle 2',
      applicationsOpen: true,
      icalToken: token(),
    }),
  );
  const trainer = await m.findOneByOrFail(Account, { email: 'formateur@demo.cqp.local' });
  const demoTrainee = await m.findOneByOrFail(Account, { email: 'stagiaire@demo.cqp.local' });
  const people: { account: Account; lastName: string; firstName: string }[] = [
    { account: demoTrainee, lastName: 'Moreau', firstName: 'Léa' },
  ];
  for (const [lastName, firstName] of OTHER_TRAINEES) {
    const email = `${firstName}.${lastName}@demo.cqp.local`.toLowerCase().replace('è', 'e').replace('ï', 'i');
    await m.upsert(
      Account,
      { schoolId, email, fullName: `${firstName} ${lastName}`, role: Role.Trainee, status: AccountStatus.Active, passwordHash },
      ['email'],
    );
    people.push({ account: await m.findOneByOrFail(Account, { email }), lastName, firstName });
  }
  const trainees = await m.save(
    people.map((p) =>
      m.create(Trainee, {
        schoolId,
        cohortId: cohort.id,
        accountId: p.account.id,
        lastName: p.lastName,
        firstName: p.firstName,
        email: p.account.email,
        joinedOn: cohort.startDate,
        icalToken: token(),
      }),
    ),
  );

  // Health data (staff only, each access logged): Léa has a tiers-temps, and her DTP booster to do before her placement.
  await m.save(
    m.create(TraineeHealth, {
      schoolId,
      traineeId: trainees[0].id,
      disabilityRecognised: true,
      adjustments: ['extra_time'],
      adjustmentsNote: 'Tiers-temps aux épreuves écrites',
      adjustmentsDecidedOn: addDays(today, -50),
      adjustmentsDecidedBy: 'Claire Dubois, référente handicap',
      vaccinations: [
        { kind: 'hepatitis_b', status: 'up_to_date', checkedOn: addDays(today, -55) },
        { kind: 'dtp', status: 'incomplete', checkedOn: addDays(today, -55) },
      ],
    }),
  );

  const teaching = (version.blocks ?? []).filter((b) => b.kind === 'competency');
  const sessions: CourseSession[] = [];
  let n = 0;
  for (let day = -56; day <= 56; day++) {
    if (day === 0) continue; // today stays free for live demonstrations (and the browser tests)
    const date = addDays(today, day);
    const weekday = new Date(`${date}T12:00:00Z`).getUTCDay();
    if (weekday !== 1 && weekday !== 2) continue;
    for (const [startTime, endTime] of SLOTS) {
      const block = teaching[n % teaching.length];
      const module = block.modules![Math.floor(n / teaching.length) % block.modules!.length];
      n++;
      sessions.push(
        m.create(CourseSession, {
          schoolId,
          cohortId: cohort.id,
          blockId: block.id,
          moduleId: module.id,
          date,
          startTime,
          endTime,
          startsAt: parisInstant(date, startTime),
          endsAt: parisInstant(date, endTime),
          minutes: sessionMinutes({ startTime, endTime }),
          trainerId: trainer.id,
          room: 'Salle 2',
        }),
      );
    }
  }
  await m.save(sessions);
  const now = Date.now();
  const records = sessions
    .filter((s) => s.endsAt.getTime() < now)
    .flatMap((s, i) =>
      trainees.map((t, j) => {
        const roll = (i * 7 + j * 3) % 20;
        const status =
          roll === 0
            ? AttendanceStatus.Absent
            : roll === 1
              ? AttendanceStatus.Excused
              : roll === 2
                ? AttendanceStatus.Late
                : AttendanceStatus.Present;
        return m.create(AttendanceRecord, {
          schoolId,
          sessionId: s.id,
          traineeId: t.id,
          status,
          attendedMinutes: status === AttendanceStatus.Late ? s.minutes - 30 : null,
          justification: status === AttendanceStatus.Excused ? 'Rendez-vous médical (justificatif fourni)' : null,
          signedAt:
            status === AttendanceStatus.Present || status === AttendanceStatus.Late ? new Date(s.startsAt.getTime() + 5 * 60_000) : null,
          recordedAt: s.endsAt,
        });
      }),
    );
  await m.save(records, { chunk: 500 });
  const past = sessions.filter((s) => s.endsAt.getTime() < now).map((s) => s.id);
  if (past.length) await m.update(CourseSession, past, { countersignedAt: new Date(), countersignedBy: trainer.id });
}
