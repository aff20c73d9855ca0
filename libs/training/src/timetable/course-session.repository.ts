import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { SessionResponse } from './dto/course-session.dto';

export interface SessionFilter {
  ids?: string[];
  cohortId?: string;
  trainerId?: string;
  from?: string;
  to?: string;
}

/** Reads of the timetable, with block, module, cohort and trainer names, in one statement. */
@Injectable()
export class CourseSessionRepository {
  async find(m: EntityManager, f: SessionFilter): Promise<SessionResponse[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    if (f.ids) add('s.id = ANY(?)', f.ids);
    if (f.cohortId) add('s.cohort_id = ?', f.cohortId);
    if (f.trainerId) add('s.trainer_id = ?', f.trainerId);
    if (f.from) add('s.date >= ?', f.from);
    if (f.to) add('s.date <= ?', f.to);
    return m.query(
      `SELECT s.id, s.cohort_id AS "cohortId", c.name AS "cohortName", s.block_id AS "blockId", b.code AS "blockCode", b.title AS "blockTitle",
              s.module_id AS "moduleId", mo.title AS "moduleTitle", to_char(s.date, 'YYYY-MM-DD') AS date, s.start_time AS "startTime",
              s.end_time AS "endTime", s.starts_at AS "startsAt", s.ends_at AS "endsAt", s.minutes, s.trainer_id AS "trainerId",
              a.full_name AS "trainerName", s.room, s.video_url AS "videoUrl", s.countersigned_at AS "countersignedAt"
       FROM course_sessions s
       JOIN cohorts c ON c.id = s.cohort_id
       JOIN referential_blocks b ON b.id = s.block_id
       LEFT JOIN referential_modules mo ON mo.id = s.module_id
       LEFT JOIN accounts a ON a.id = s.trainer_id
       ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY s.starts_at, c.name
       LIMIT 2000`,
      params,
    );
  }
}
