import { Injectable } from '@nestjs/common';
import { Db, notFound } from '@app/platform';
import { AfgsuSession } from './afgsu-session.entity';

/** Reads of the school's AFGSU sessions that the attestations, the overview and the reminders share. */
@Injectable()
export class AfgsuPlanning {
  constructor(private readonly db: Db) {}

  async session(id: string): Promise<AfgsuSession> {
    const session = await this.db.tx.findOneBy(AfgsuSession, { id });
    if (!session) throw notFound('Session AFGSU');
    return session;
  }

  /**
   * For each trainee, the sessions they are enrolled in (and not marked absent from) that have not ended by `today`,
   * in date order; a session already under way counts as planned from today. One statement for all trainees.
   */
  async plannedSessions(traineeIds: string[], today: string): Promise<Map<string, { id: string; startsOn: string }[]>> {
    const rows: { trainee_id: string; id: string; starts_on: string }[] = await this.db.tx.query(
      `SELECT p.trainee_id, s.id, greatest(s.starts_on, $2::date)::text AS starts_on
         FROM afgsu_participants p JOIN afgsu_sessions s ON s.id = p.session_id
        WHERE p.trainee_id = ANY($1::uuid[]) AND p.attendance <> 'absent' AND s.ends_on >= $2::date
        ORDER BY s.starts_on, s.id`,
      [traineeIds, today],
    );
    const planned = new Map<string, { id: string; startsOn: string }[]>();
    for (const r of rows) planned.set(r.trainee_id, [...(planned.get(r.trainee_id) ?? []), { id: r.id, startsOn: r.starts_on }]);
    return planned;
  }
}
