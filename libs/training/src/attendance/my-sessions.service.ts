import { Injectable } from '@nestjs/common';
import { Caller, Db, notFound } from '@app/platform';
import { parisDate } from '@app/platform/time/paris-time';
import { checkSigningWindow } from '../rules/signing.rules';
import { CourseSessionRepository } from '../timetable/course-session.repository';
import { TraineesService } from '../trainees/trainees.service';
import { AttendanceRecord } from './attendance-record.entity';
import { AttendanceService } from './attendance.service';
import { MySessionResponse } from './dto/attendance.dto';

/** The trainee's day: their cohort's sessions, what they signed, and whether they may sign now. */
@Injectable()
export class MySessionsService {
  constructor(
    private readonly db: Db,
    private readonly trainees: TraineesService,
    private readonly sessions: CourseSessionRepository,
    private readonly attendance: AttendanceService,
  ) {}

  async one(caller: Caller, sessionId: string): Promise<MySessionResponse> {
    const [session] = await this.sessions.find(this.db.tx, { ids: [sessionId] });
    const found = session && (await this.onDay(caller, session.date)).find((s) => s.session.id === sessionId);
    if (!found) throw notFound('Séance');
    return found;
  }

  async onDay(caller: Caller, date = parisDate(new Date())): Promise<MySessionResponse[]> {
    const trainee = await this.trainees.ofAccount(caller.accountId);
    const sessions = await this.sessions.find(this.db.tx, { cohortId: trainee.cohortId, from: date, to: date });
    if (!sessions.length) return [];
    const records = await this.db.tx.find(AttendanceRecord, { where: sessions.map((s) => ({ sessionId: s.id, traineeId: trainee.id })) });
    const window = await this.attendance.window({ cohortId: trainee.cohortId });
    const now = new Date();
    return sessions.map((session) => {
      const record = records.find((r) => r.sessionId === session.id) ?? null;
      const bounds = { startsAt: new Date(session.startsAt), endsAt: new Date(session.endsAt) };
      const check = checkSigningWindow(now, bounds, window);
      const { opensAt, closesAt } = this.attendance.windowBounds(bounds, window);
      const signed = Boolean(record?.signedAt);
      return {
        session,
        status: record?.status ?? null,
        signedAt: record?.signedAt ?? null,
        canSign: check.ok && !signed && trainee.status === 'active',
        signingMessage: signed ? null : check.ok ? null : check.message,
        signingOpensAt: opensAt,
        signingClosesAt: closesAt,
      };
    });
  }
}
