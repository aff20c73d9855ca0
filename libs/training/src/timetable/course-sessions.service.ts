import { Injectable } from '@nestjs/common';
import { Account, AppError, AuditService, Db, notFound, ReminderEvents, Role } from '@app/platform';
import { parisInstant } from '@app/platform/time/paris-time';
import { BlockModule, ReferentialBlock } from '@app/referential';
import { AttendanceRecord } from '../attendance/attendance-record.entity';
import { CohortsService } from '../cohorts/cohorts.service';
import { checkSession, sessionMinutes, TimetableViolation } from '../rules/timetable.rules';
import { CourseSession } from './course-session.entity';
import { CourseSessionRepository } from './course-session.repository';
import { SessionQuery, SessionRequest, SessionResponse } from './dto/course-session.dto';

const TEACHING_ROLES = [Role.Trainer, Role.Staff, Role.SchoolAdmin];
const MAX_RANGE_DAYS = 366;

/** The timetable: course sessions of a cohort, checked against its dates, its other sessions and the trainer's. */
@Injectable()
export class CourseSessionsService {
  constructor(
    private readonly db: Db,
    private readonly cohorts: CohortsService,
    private readonly sessions: CourseSessionRepository,
    private readonly audit: AuditService,
    private readonly reminders: ReminderEvents,
  ) {}

  async list(q: SessionQuery): Promise<SessionResponse[]> {
    if (q.from && q.to && (Date.parse(q.to) - Date.parse(q.from)) / 86_400_000 > MAX_RANGE_DAYS) {
      throw new AppError(400, 'RANGE_TOO_LONG', `Demandez au plus ${MAX_RANGE_DAYS} jours à la fois.`);
    }
    return this.sessions.find(this.db.tx, q);
  }

  async get(id: string): Promise<SessionResponse> {
    const [found] = await this.sessions.find(this.db.tx, { ids: [id] });
    if (!found) throw notFound('Séance');
    return found;
  }

  async entity(id: string): Promise<CourseSession> {
    const session = await this.db.tx.findOneBy(CourseSession, { id });
    if (!session) throw notFound('Séance');
    return session;
  }

  async create(cohortId: string, input: SessionRequest): Promise<SessionResponse> {
    const session = await this.checked(cohortId, null, input);
    const saved = await this.db.tx.save(this.db.tx.create(CourseSession, session));
    await this.audit.record({
      entityType: 'course_session',
      entityId: saved.id,
      action: 'course_session.created',
      after: { cohortId, ...input },
    });
    await this.reminders.changed();
    return this.get(saved.id);
  }

  /**
   * Once a session has attendance or a countersignature, its date, times and block are what people
   * signed: they cannot change (room, link and trainer still can).
   */
  async update(id: string, input: SessionRequest): Promise<SessionResponse> {
    const current = await this.entity(id);
    const moved =
      input.date !== current.date ||
      input.startTime !== current.startTime ||
      input.endTime !== current.endTime ||
      input.blockId !== current.blockId ||
      (input.moduleId ?? null) !== current.moduleId;
    if (moved && (current.countersignedAt || (await this.db.tx.existsBy(AttendanceRecord, { sessionId: id })))) {
      throw new AppError(
        409,
        'SESSION_HAS_ATTENDANCE',
        'Cette séance a déjà des émargements : sa date, ses horaires et son bloc ne peuvent plus changer. Programmez une autre séance si besoin.',
      );
    }
    const session = await this.checked(current.cohortId, id, input);
    await this.db.tx.update(CourseSession, { id }, session);
    await this.audit.record({
      entityType: 'course_session',
      entityId: id,
      action: 'course_session.updated',
      before: sessionSnapshot(current),
      after: { ...input },
    });
    await this.reminders.changed();
    return this.get(id);
  }

  async remove(id: string): Promise<void> {
    const session = await this.entity(id);
    if (await this.db.tx.existsBy(AttendanceRecord, { sessionId: id })) {
      throw new AppError(409, 'SESSION_HAS_ATTENDANCE', 'Cette séance a déjà des émargements : elle ne peut plus être supprimée.');
    }
    await this.db.tx.delete(CourseSession, { id });
    await this.audit.record({
      entityType: 'course_session',
      entityId: id,
      action: 'course_session.deleted',
      before: sessionSnapshot(session),
    });
  }

  /** Validates a session and returns the row to write; changes serialise on the cohort and the trainer. */
  private async checked(cohortId: string, id: string | null, input: SessionRequest): Promise<Partial<CourseSession>> {
    const cohort = await this.cohorts.entity(cohortId, true);
    const block = await this.db.tx.findOneBy(ReferentialBlock, { id: input.blockId, versionId: cohort.versionId });
    if (!block) throw invalid('blockId', 'UNKNOWN_BLOCK', 'Ce bloc n’appartient pas à la version de certification de la session.');
    const moduleId = input.moduleId ?? null;
    if (moduleId && !(await this.db.tx.existsBy(BlockModule, { id: moduleId, blockId: block.id }))) {
      throw invalid('moduleId', 'UNKNOWN_MODULE', 'Ce module n’appartient pas au bloc choisi.');
    }
    const trainerId = input.trainerId ?? null;
    if (trainerId) {
      const trainer = await this.db.tx.findOneBy(Account, { id: trainerId });
      if (!trainer || !TEACHING_ROLES.includes(trainer.role))
        throw invalid('trainerId', 'UNKNOWN_TRAINER', 'Ce formateur n’existe pas dans votre école.');
      await this.db.tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`trainer:${trainerId}`]);
    }
    const others = await this.db.tx.query(
      `SELECT id, cohort_id AS "cohortId", to_char(date, 'YYYY-MM-DD') AS date, start_time AS "startTime", end_time AS "endTime", trainer_id AS "trainerId"
       FROM course_sessions WHERE date = $1 AND (cohort_id = $2 OR ($3::uuid IS NOT NULL AND trainer_id = $3))`,
      [input.date, cohortId, trainerId],
    );
    const candidate = { id: id ?? undefined, cohortId, date: input.date, startTime: input.startTime, endTime: input.endTime, trainerId };
    const violations = checkSession(candidate, cohort, others);
    if (violations.length) throw refused(violations);
    return {
      schoolId: cohort.schoolId,
      cohortId,
      blockId: block.id,
      moduleId,
      date: input.date,
      startTime: input.startTime,
      endTime: input.endTime,
      startsAt: parisInstant(input.date, input.startTime),
      endsAt: parisInstant(input.date, input.endTime),
      minutes: sessionMinutes(input),
      trainerId,
      room: input.room ?? null,
      videoUrl: input.videoUrl ?? null,
    };
  }
}

const invalid = (field: string, code: string, message: string) => new AppError(400, code, message, { [field]: [message] });

const FIELD_OF: Record<TimetableViolation['code'], string> = {
  INVALID_TIME_RANGE: 'endTime',
  SESSION_OUTSIDE_COHORT: 'date',
  SESSION_OVERLAP: 'startTime',
  TRAINER_DOUBLE_BOOKED: 'trainerId',
};

/** 400 for a session that is wrong in itself, 409 for one that collides with another. */
function refused(violations: TimetableViolation[]): AppError {
  const first = violations[0];
  const status = first.code === 'SESSION_OVERLAP' || first.code === 'TRAINER_DOUBLE_BOOKED' ? 409 : 400;
  const errors: Record<string, string[]> = {};
  for (const v of violations) (errors[FIELD_OF[v.code]] ??= []).push(v.message);
  return new AppError(status, first.code, violations.map((v) => v.message).join(' '), errors);
}

/** What the audit trail keeps of a session (before a change or a cancellation). */
function sessionSnapshot(s: CourseSession) {
  const { cohortId, date, startTime, endTime, blockId, moduleId, trainerId, room, videoUrl } = s;
  return { cohortId, date, startTime, endTime, blockId, moduleId, trainerId, room, videoUrl };
}
