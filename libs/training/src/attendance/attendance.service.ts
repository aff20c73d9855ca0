import { Injectable } from '@nestjs/common';
import { AppConfig, AppError, AuditService, Caller, Db, FileStorage, notFound, ReminderEvents, Role } from '@app/platform';
import { RuleSettingsService } from '@app/referential';
import { SniffedType } from '@app/platform/files/file-type';
import { acceptOnly, receiveUpload } from '@app/platform/files/upload';
import { CohortsService } from '../cohorts/cohorts.service';
import { checkSigningWindow, SigningWindow } from '../rules/signing.rules';
import { CourseSession } from '../timetable/course-session.entity';
import { CourseSessionsService } from '../timetable/course-sessions.service';
import { Trainee, TraineeStatus } from '../trainees/trainee.entity';
import { TraineesService } from '../trainees/trainees.service';
import { AttendanceRecord, AttendanceStatus } from './attendance-record.entity';
import { AttendanceSheetResponse, RecordAttendanceRequest } from './dto/attendance.dto';

export interface SignatureMeta {
  ip?: string;
  userAgent?: string;
}

const STAFF = [Role.SchoolAdmin, Role.Staff];
const JUSTIFICATION_TYPES: SniffedType[] = ['application/pdf', 'image/jpeg', 'image/png'];
/** What the audit trail keeps of a line: whose, which session, and its state. */
const snapshot = (r: AttendanceRecord | null) =>
  r
    ? {
        sessionId: r.sessionId,
        traineeId: r.traineeId,
        status: r.status,
        attendedMinutes: r.attendedMinutes,
        justification: r.justification,
        signedAt: r.signedAt,
      }
    : null;

/**
 * Émargement. Trainees sign for themselves only, inside the signing window; the trainer marks and
 * countersigns during the window; afterwards only staff correct, with a reason. Every change is audited.
 */
@Injectable()
export class AttendanceService {
  constructor(
    private readonly db: Db,
    private readonly sessions: CourseSessionsService,
    private readonly cohorts: CohortsService,
    private readonly trainees: TraineesService,
    private readonly settings: RuleSettingsService,
    private readonly audit: AuditService,
    private readonly storage: FileStorage,
    private readonly config: AppConfig,
    private readonly reminders: ReminderEvents,
  ) {}

  async window(session: Pick<CourseSession, 'cohortId'>): Promise<SigningWindow> {
    const cohort = await this.cohorts.entity(session.cohortId);
    const s = await this.settings.settingsFor(cohort.versionId);
    return { opensMinutesBefore: s.signingOpensMinutesBefore, closesMinutesAfter: s.signingClosesMinutesAfter };
  }

  windowBounds(session: Pick<CourseSession, 'startsAt' | 'endsAt'>, w: SigningWindow): { opensAt: Date; closesAt: Date } {
    return {
      opensAt: new Date(session.startsAt.getTime() - w.opensMinutesBefore * 60_000),
      closesAt: new Date(session.endsAt.getTime() + w.closesMinutesAfter * 60_000),
    };
  }

  /**
   * The sheet of a session. A trainer sees only the sheets of their own sessions, and not the reasons
   * of excused absences (they may be health data); staff see everything.
   */
  async sheet(viewer: Caller, sessionId: string): Promise<AttendanceSheetResponse> {
    const session = await this.sessions.entity(sessionId);
    const isStaff = STAFF.includes(viewer.role);
    if (!isStaff && session.trainerId !== viewer.accountId) {
      throw new AppError(403, 'NOT_YOUR_SESSION', 'Seul le formateur de la séance et l’équipe de l’école voient sa feuille d’émargement.');
    }
    const w = await this.window(session);
    const { opensAt, closesAt } = this.windowBounds(session, w);
    const lines = await this.db.tx.query(
      `SELECT t.id AS "traineeId", t.last_name AS "lastName", t.first_name AS "firstName", r.status, r.signed_at AS "signedAt",
              r.attended_minutes AS "attendedMinutes", r.justification, r.recorded_at AS "recordedAt",
              r.justification_document_key IS NOT NULL AS "hasDocument"
       FROM trainees t
       LEFT JOIN attendance_records r ON r.trainee_id = t.id AND r.session_id = $1
       WHERE t.cohort_id = $2 AND (t.status = 'active' OR r.id IS NOT NULL)
       ORDER BY t.last_name, t.first_name`,
      [sessionId, session.cohortId],
    );
    return {
      session: await this.sessions.get(sessionId),
      signingOpensAt: opensAt,
      signingClosesAt: closesAt,
      signingOpen: checkSigningWindow(new Date(), session, w).ok,
      countersignedAt: session.countersignedAt,
      lines: isStaff ? lines : lines.map((l: { justification: string | null }) => ({ ...l, justification: null })),
    };
  }

  /**
   * The trainee signs their own line, inside the window and before the countersignature; signing
   * again changes nothing (two quick taps included). A line the trainer marked absent or excused
   * is not overturned by a signature: that is a correction for the staff.
   */
  async sign(caller: Caller, sessionId: string, meta: SignatureMeta): Promise<AttendanceRecord> {
    const trainee = await this.trainees.ofAccount(caller.accountId);
    const session = await this.db.tx.findOneBy(CourseSession, { id: sessionId });
    if (!session || session.cohortId !== trainee.cohortId) {
      throw new AppError(403, 'NOT_YOUR_SESSION', 'Cette séance ne fait pas partie de votre planning : vous ne pouvez pas la signer.');
    }
    if (trainee.status !== TraineeStatus.Active) {
      throw new AppError(403, 'TRAINEE_WITHDRAWN', 'Vous ne faites plus partie de cette session de formation.');
    }
    // One signer at a time per line: a second tap waits here, then finds the signature.
    await this.db.tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`attendance:${sessionId}:${trainee.id}`]);
    const existing = await this.db.tx.findOneBy(AttendanceRecord, { sessionId, traineeId: trainee.id });
    if (existing?.signedAt) return existing;
    if (session.countersignedAt) {
      throw new AppError(409, 'SHEET_CLOSED', 'Le formateur a déjà contresigné la feuille : adressez-vous à l’équipe de l’école.');
    }
    if (existing && (existing.status === AttendanceStatus.Absent || existing.status === AttendanceStatus.Excused)) {
      throw new AppError(
        409,
        'MARKED_ABSENT',
        'Le formateur a noté votre absence pour cette séance : adressez-vous à lui ou à l’équipe de l’école.',
      );
    }
    const check = checkSigningWindow(new Date(), session, await this.window(session));
    if (!check.ok) throw new AppError(409, check.code, check.message);
    const signature = {
      signedAt: new Date(),
      signatureIp: meta.ip?.slice(0, 64) ?? null,
      signatureUserAgent: meta.userAgent?.slice(0, 300) ?? null,
    };
    if (existing) {
      // The trainer marked the line first (present or late): the signature is added, the status kept.
      await this.db.tx.update(AttendanceRecord, { id: existing.id }, signature);
    } else {
      await this.db.tx.insert(AttendanceRecord, {
        schoolId: session.schoolId,
        sessionId,
        traineeId: trainee.id,
        status: AttendanceStatus.Present,
        ...signature,
      });
    }
    const record = await this.db.tx.findOneByOrFail(AttendanceRecord, { sessionId, traineeId: trainee.id });
    await this.audit.record({
      entityType: 'attendance',
      entityId: record.id,
      action: 'attendance.signed',
      before: snapshot(existing),
      after: snapshot(record),
    });
    return record;
  }

  /** The trainer (their own session, while the window is open) or staff (any time; a reason after the window). */
  async record(caller: Caller, sessionId: string, traineeId: string, input: RecordAttendanceRequest): Promise<AttendanceSheetResponse> {
    const session = await this.sessions.entity(sessionId);
    const trainee = await this.db.tx.findOneBy(Trainee, { id: traineeId, cohortId: session.cohortId });
    if (!trainee) throw notFound('Stagiaire de cette séance');
    const now = new Date();
    const { closesAt } = this.windowBounds(session, await this.window(session));
    const closed = now > closesAt || session.countersignedAt !== null;
    const isStaff = STAFF.includes(caller.role);
    if (!isStaff) {
      if (session.trainerId !== caller.accountId)
        throw new AppError(403, 'NOT_YOUR_SESSION', 'Seul le formateur de la séance peut tenir sa feuille d’émargement.');
      if (closed)
        throw new AppError(409, 'SHEET_CLOSED', 'La feuille est close : seule l’équipe de l’école peut la corriger, avec un motif.');
    }
    if (isStaff && closed && !input.reason) {
      throw new AppError(400, 'REASON_REQUIRED', 'La feuille est close : indiquez le motif de la correction.', {
        reason: ['obligatoire après la clôture'],
      });
    }
    if (now < session.startsAt && input.status !== AttendanceStatus.Excused) {
      throw new AppError(409, 'TOO_EARLY', 'La séance n’a pas commencé : seule une absence excusée peut être enregistrée à l’avance.');
    }
    this.assertConsistent(session, input);

    await this.db.tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`attendance:${sessionId}:${traineeId}`]);
    const existing = await this.db.tx.findOneBy(AttendanceRecord, { sessionId, traineeId });
    const values = {
      status: input.status,
      attendedMinutes: input.status === AttendanceStatus.Late ? (input.attendedMinutes ?? null) : null,
      justification: input.justification ?? null,
      recordedBy: caller.accountId,
      recordedAt: now,
    };
    if (existing) await this.db.tx.update(AttendanceRecord, { id: existing.id }, values);
    else await this.db.tx.insert(AttendanceRecord, { schoolId: session.schoolId, sessionId, traineeId, ...values });
    const record = await this.db.tx.findOneByOrFail(AttendanceRecord, { sessionId, traineeId });
    await this.audit.record({
      entityType: 'attendance',
      entityId: record.id,
      action: closed ? 'attendance.corrected' : 'attendance.recorded',
      before: snapshot(existing),
      after: snapshot(record),
      reason: input.reason ?? null,
    });
    return this.sheet(caller, sessionId);
  }

  private assertConsistent(session: CourseSession, input: RecordAttendanceRequest): void {
    if (input.attendedMinutes != null && input.status !== AttendanceStatus.Late) {
      throw new AppError(400, 'INVALID_ATTENDANCE', 'Les minutes de présence ne s’indiquent que pour un retard.', {
        attendedMinutes: ['seulement pour un retard'],
      });
    }
    if (input.attendedMinutes != null && input.attendedMinutes >= session.minutes) {
      throw new AppError(400, 'INVALID_ATTENDANCE', `Un retard laisse moins de ${session.minutes} minutes de présence.`, {
        attendedMinutes: ['trop élevé'],
      });
    }
    if (input.status === AttendanceStatus.Excused && !input.justification) {
      throw new AppError(400, 'JUSTIFICATION_REQUIRED', 'Une absence excusée doit être justifiée.', { justification: ['obligatoire'] });
    }
  }

  /**
   * Staff attach the document that justifies an excused absence (PDF, JPEG or PNG, recognised by its bytes); its
   * declared name is checked like every upload's, then dropped (the download is « justificatif.<type> »).
   */
  async attachJustification(
    caller: Caller,
    sessionId: string,
    traineeId: string,
    fileName: string,
    body: unknown,
  ): Promise<AttendanceSheetResponse> {
    const session = await this.sessions.entity(sessionId);
    if (!(await this.db.tx.existsBy(Trainee, { id: traineeId, cohortId: session.cohortId }))) throw notFound('Stagiaire de cette séance');
    const record = await this.db.tx.findOneBy(AttendanceRecord, { sessionId, traineeId });
    if (!record || record.status !== AttendanceStatus.Excused) {
      throw new AppError(409, 'NOT_EXCUSED', 'Un justificatif se joint à une absence enregistrée comme excusée.');
    }
    const stored = await receiveUpload(this.storage, body, {
      folder: `justifications/${record.schoolId}`,
      limitBytes: this.config.UPLOAD_LIMIT_BYTES,
      check: acceptOnly(JUSTIFICATION_TYPES, 'Le justificatif doit être un PDF, une image JPEG ou PNG.'),
      fileName,
    });
    await this.db.onRollback(() => this.storage.delete(stored.key));
    await this.db.tx.update(
      AttendanceRecord,
      { id: record.id },
      { justificationDocumentKey: stored.key, justificationDocumentType: stored.type },
    );
    await this.db.afterCommit(async () => {
      if (record.justificationDocumentKey) await this.storage.delete(record.justificationDocumentKey);
    });
    await this.audit.record({
      entityType: 'attendance',
      entityId: record.id,
      action: 'attendance.justification_attached',
      after: { type: stored.type, size: stored.size, sha256: stored.sha256 },
    });
    return this.sheet(caller, sessionId);
  }

  async justification(sessionId: string, traineeId: string): Promise<{ type: string; body: NodeJS.ReadableStream }> {
    const record = await this.db.tx.findOneBy(AttendanceRecord, { sessionId, traineeId });
    if (!record?.justificationDocumentKey || !record.justificationDocumentType) throw notFound('Justificatif');
    return { type: record.justificationDocumentType, body: await this.storage.get(record.justificationDocumentKey) };
  }

  /** The trainer (or staff) countersigns the sheet once the session has started; idempotent. */
  async countersign(caller: Caller, sessionId: string): Promise<AttendanceSheetResponse> {
    const session = await this.sessions.entity(sessionId);
    if (!STAFF.includes(caller.role) && session.trainerId !== caller.accountId) {
      throw new AppError(403, 'NOT_YOUR_SESSION', 'Seul le formateur de la séance peut contresigner sa feuille.');
    }
    if (new Date() < session.startsAt) throw new AppError(409, 'TOO_EARLY', 'La feuille se contresigne une fois la séance commencée.');
    if (!session.countersignedAt) {
      const countersignedAt = new Date();
      await this.db.tx.update(CourseSession, { id: sessionId }, { countersignedAt, countersignedBy: caller.accountId });
      await this.audit.record({
        entityType: 'course_session',
        entityId: sessionId,
        action: 'attendance.countersigned',
        after: { countersignedAt },
      });
      await this.reminders.changed(); // lines marked present and not signed are now final
    }
    return this.sheet(caller, sessionId);
  }
}
