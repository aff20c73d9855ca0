import { randomBytes } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { CertificationVersion, inOrder } from '@app/referential';
import { Account, Role, School } from '@app/platform';
import { parisDate, parisInstant, parisTime } from '@app/platform/time/paris-time';
import { AttendanceRecord, AttendanceStatus, Cohort, CohortFormat, CourseSession, Trainee } from '@app/training';
import { createAccount } from './school.factory';

/** The current certification version (seeded by migration). */
export async function currentVersion(m: EntityManager): Promise<CertificationVersion> {
  return inOrder(await m.findOneOrFail(CertificationVersion, { where: { code: 'RNCP40913' }, relations: { blocks: { modules: true } } }));
}

/** A cohort of `schoolId` (admin connection), January to June 2027 unless told otherwise. */
export async function createCohort(m: EntityManager, schoolId: string, overrides: Partial<Cohort> = {}): Promise<Cohort> {
  const version = await currentVersion(m);
  return m.save(
    m.create(Cohort, {
      schoolId,
      name: `Promotion ${randomBytes(3).toString('hex')}`,
      versionId: version.id,
      format: CohortFormat.Presentiel,
      startDate: '2027-01-11',
      endDate: '2027-06-30',
      capacity: 20,
      place: 'Lyon',
      icalToken: randomBytes(24).toString('base64url'),
      ...overrides,
    }),
  );
}

/**
 * A session of `cohort` starting at `startsAt` (written directly: tests choose times around now). A session stays
 * within one Paris day: one that would cross midnight is moved, keeping its length, to the day that keeps it on the
 * same side of the present moment (ended, running or to come), so tests run near midnight see what they expect.
 */
export async function createSessionAt(
  m: EntityManager,
  cohort: Cohort,
  blockId: string,
  wantedStart: Date,
  minutes: number,
  overrides: Partial<CourseSession> = {},
): Promise<CourseSession> {
  const length = minutes * 60_000;
  let startsAt = wantedStart;
  let endsAt = new Date(wantedStart.getTime() + length);
  if (parisDate(startsAt) !== parisDate(endsAt)) {
    const now = Date.now();
    const onEndDay = endsAt.getTime() <= now ? false : startsAt.getTime() >= now ? true : parisDate(new Date(now)) === parisDate(endsAt);
    if (onEndDay) {
      startsAt = parisInstant(parisDate(endsAt), '00:00');
      endsAt = new Date(startsAt.getTime() + length);
    } else {
      endsAt = parisInstant(parisDate(startsAt), '23:59');
      startsAt = new Date(endsAt.getTime() - length);
    }
  }
  return m.save(
    m.create(CourseSession, {
      schoolId: cohort.schoolId,
      cohortId: cohort.id,
      blockId,
      date: parisDate(startsAt),
      startTime: parisTime(startsAt),
      endTime: parisTime(endsAt),
      startsAt,
      endsAt,
      minutes,
      ...overrides,
    }),
  );
}

/** A trainee of `cohort` with an active account (password TEST_PASSWORD). */
export async function createTrainee(m: EntityManager, cohort: Cohort, school: School): Promise<{ trainee: Trainee; account: Account }> {
  const account = await createAccount(m, school, Role.Trainee);
  const [firstName, lastName] = account.fullName.split(' ');
  const trainee = await m.save(
    m.create(Trainee, {
      schoolId: cohort.schoolId,
      cohortId: cohort.id,
      accountId: account.id,
      firstName,
      lastName,
      email: account.email,
      joinedOn: cohort.startDate,
      icalToken: randomBytes(24).toString('base64url'),
    }),
  );
  return { trainee, account };
}

/** A trainee's line on a session's sheet (written directly, as the sheet would record it). */
export function recordAttendance(
  m: EntityManager,
  session: CourseSession,
  trainee: Trainee,
  status: AttendanceStatus,
  attendedMinutes: number | null = null,
): Promise<unknown> {
  return m.insert(AttendanceRecord, { schoolId: session.schoolId, sessionId: session.id, traineeId: trainee.id, status, attendedMinutes });
}

/**
 * A cohort running now with `size` trainees and six sessions that ended in the last days (across BC01–BC04), each
 * trainee present at every one, except one trainee in three, absent.
 */
export async function createCohortWithAttendance(m: EntityManager, school: School, size: number): Promise<Cohort> {
  const version = await currentVersion(m);
  const cohort = await createCohort(m, school.id, { startDate: '2026-01-01', endDate: '2028-12-31', capacity: Math.max(size, 20) });
  const sessions: CourseSession[] = [];
  for (let i = 0; i < 6; i++) {
    sessions.push(await createSessionAt(m, cohort, version.blocks![i % 4].id, new Date(Date.now() - (100 - i * 10) * 3600_000), 120));
  }
  for (let i = 0; i < size; i++) {
    const { trainee } = await createTrainee(m, cohort, school);
    for (const s of sessions) await recordAttendance(m, s, trainee, i % 3 === 0 ? AttendanceStatus.Absent : AttendanceStatus.Present);
  }
  return cohort;
}
