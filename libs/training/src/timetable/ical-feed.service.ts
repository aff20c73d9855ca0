import { Injectable } from '@nestjs/common';
import { Db, notFound } from '@app/platform';
import { renderICalendar } from '../rules/ical';
import { CourseSessionRepository } from './course-session.repository';

type Feed = 'cohorts' | 'trainees';

/**
 * Tokenised iCal feeds (no login: calendar apps cannot log in). The token is looked up platform-wide,
 * then the sessions are read inside the owning school's tenant transaction.
 */
@Injectable()
export class ICalFeedService {
  constructor(
    private readonly db: Db,
    private readonly sessions: CourseSessionRepository,
  ) {}

  async render(feed: Feed, token: string): Promise<string> {
    const table = feed === 'cohorts' ? 'cohorts' : 'trainees';
    const cohortColumn = feed === 'cohorts' ? 'id' : 'cohort_id';
    const [owner] = await this.db.admin.query(`SELECT school_id, ${cohortColumn} AS cohort_id FROM ${table} WHERE ical_token = $1`, [
      token,
    ]);
    if (!owner) throw notFound('Calendrier');
    return this.db.inSchool(owner.school_id, async () => {
      const [cohort] = await this.db.tx.query('SELECT name FROM cohorts WHERE id = $1', [owner.cohort_id]);
      const sessions = await this.sessions.find(this.db.tx, { cohortId: owner.cohort_id });
      const events = sessions.map((s) => ({
        uid: `${s.id}@cqp-assistant-medical`,
        startsAt: new Date(s.startsAt),
        endsAt: new Date(s.endsAt),
        summary: `${s.blockCode} – ${s.moduleTitle ?? s.blockTitle}`,
        location: s.room ?? (s.videoUrl ? 'Classe virtuelle' : null),
        description:
          [s.trainerName ? `Formateur : ${s.trainerName}` : null, s.videoUrl ? `Lien : ${s.videoUrl}` : null].filter(Boolean).join('\n') ||
          null,
        url: s.videoUrl,
      }));
      return renderICalendar(cohort.name, events, new Date());
    });
  }
}
