import { Injectable } from '@nestjs/common';
import { Db } from '@app/platform';
import { addDays } from '@app/platform/time/calendar';
import { RuleSettingsService } from '@app/referential';
import { MISSING } from '../applications/application-list.repository';
import { DOCUMENTS_REMINDER_DAYS, HIRE_DEADLINE_NOTICE_DAYS } from '../rules/enrolment-reminders.rules';

/** An application whose file may lack documents on a reminder day. */
export interface DocumentsFacts {
  id: string;
  email: string;
  name: string;
  reference: string;
  sinceOn: string;
  missing: number;
}

/** An application with an interview on a day. */
export interface InterviewFacts {
  id: string;
  email: string;
  name: string;
  interviewAt: Date;
  interviewerId: string | null;
  interviewerEmail: string | null;
  interviewerName: string | null;
}

/** An assistant hired without the CQP: the application, the trainee it became (if enrolled), the version's figures. */
export interface HireFacts {
  id: string;
  email: string;
  name: string;
  hiredOn: string;
  traineeId: string | null;
  traineeAccountId: string | null;
  traineeEmail: string | null;
  trainingStartedOn: string | null;
  certified: boolean;
  rules: { hireTrainingStartYears: number; hireQualificationYears: number };
}

const PARIS_DAY = (column: string) => `to_char((${column} AT TIME ZONE 'Europe/Paris')::date, 'YYYY-MM-DD')`;

/**
 * The admission facts the reminders of a day need, one statement per kind whatever the number of applications; each
 * read may be narrowed to one application (the re-check before sending).
 */
@Injectable()
export class EnrolmentReminderFacts {
  constructor(
    private readonly db: Db,
    private readonly settings: RuleSettingsService,
  ) {}

  /**
   * Open files (draft, sent, incomplete) with required documents missing or rejected, whose « since » day is
   * DOCUMENTS_REMINDER_DAYS before `today`: a draft from its creation; a sent file from its latest rejected document,
   * else the day it was sent.
   */
  async documents(today: string, onlyId: string | null = null): Promise<DocumentsFacts[]> {
    const since = `CASE WHEN a.status = 'draft' THEN a.created_at ELSE coalesce(
      (SELECT max(d.reviewed_at) FROM application_documents d WHERE d.application_id = a.id AND d.status = 'rejected'),
      a.submitted_at, a.created_at) END`;
    return this.db.tx.query(
      `SELECT * FROM (
         SELECT a.id, a.email, a.name, a.reference, a."sinceOn", ${MISSING} AS missing
           FROM (SELECT a.id, a.email, a.first_name || ' ' || a.last_name AS name, a.reference, a.required_documents,
                        ${PARIS_DAY(since)} AS "sinceOn"
                   FROM applications a
                  WHERE a.status IN ('draft', 'submitted', 'incomplete') AND ($2::uuid IS NULL OR a.id = $2::uuid)) a
          WHERE a."sinceOn" = ANY($1)) f
        WHERE f.missing > 0`,
      [DOCUMENTS_REMINDER_DAYS.map((d) => addDays(today, -d)), onlyId],
    );
  }

  /** Interviews still planned on `day` (Europe/Paris), with their interviewer's account if active. */
  async interviews(day: string, onlyId: string | null = null): Promise<InterviewFacts[]> {
    return this.db.tx.query(
      `SELECT a.id, a.email, a.first_name || ' ' || a.last_name AS name, a.interview_at AS "interviewAt",
              acc.id AS "interviewerId", acc.email AS "interviewerEmail", acc.full_name AS "interviewerName"
         FROM applications a LEFT JOIN accounts acc ON acc.id = a.interviewer_id AND acc.status = 'active'
        WHERE a.status = 'interview_scheduled' AND ${PARIS_DAY('a.interview_at')} = $1 AND ($2::uuid IS NULL OR a.id = $2::uuid)`,
      [day, onlyId],
    );
  }

  /**
   * Assistants hired without the CQP (applications sent and not refused nor withdrawn; an enrolled one while their
   * training goes on) one of whose deadlines falls HIRE_DEADLINE_NOTICE_DAYS after `today`, with the figures of their
   * version (the years are read in SQL from a map of the school's versions).
   */
  async hired(today: string, onlyId: string | null = null): Promise<HireFacts[]> {
    const versions: { version_id: string }[] = await this.db.tx.query(`SELECT DISTINCT version_id FROM cohorts`);
    const years: Record<string, { start: number; qual: number }> = {};
    for (const { version_id } of versions) {
      const s = await this.settings.settingsFor(version_id);
      years[version_id] = { start: s.hireTrainingStartYears, qual: s.hireQualificationYears };
    }
    const rows: (Omit<HireFacts, 'rules'> & { versionId: string })[] = await this.db.tx.query(
      `SELECT a.id, a.email, a.first_name || ' ' || a.last_name AS name, a.hired_as_assistant_on::text AS "hiredOn",
              c.version_id AS "versionId", t.id AS "traineeId", t.account_id AS "traineeAccountId", t.email AS "traineeEmail",
              t.joined_on::text AS "trainingStartedOn",
              EXISTS (SELECT 1 FROM certification_decisions cd WHERE cd.trainee_id = t.id) AS certified
         FROM applications a JOIN cohorts c ON c.id = a.cohort_id LEFT JOIN trainees t ON t.id = a.trainee_id
        WHERE a.hired_as_assistant_on IS NOT NULL AND a.status NOT IN ('draft', 'refused', 'withdrawn')
          AND (t.id IS NULL OR t.status = 'active') AND ($3::uuid IS NULL OR a.id = $3::uuid)
          AND $2::date IN ((a.hired_as_assistant_on + make_interval(years => (CAST($1 AS jsonb) -> c.version_id::text ->> 'start')::int))::date,
                           (a.hired_as_assistant_on + make_interval(years => (CAST($1 AS jsonb) -> c.version_id::text ->> 'qual')::int))::date)`,
      [JSON.stringify(years), addDays(today, HIRE_DEADLINE_NOTICE_DAYS), onlyId],
    );
    return rows.map(({ versionId, ...r }) => ({
      ...r,
      rules: { hireTrainingStartYears: years[versionId].start, hireQualificationYears: years[versionId].qual },
    }));
  }

  /** The slug of the school's apply page. */
  async schoolSlug(): Promise<string> {
    const [school]: { slug: string }[] = await this.db.tx.query(`SELECT slug FROM schools WHERE id = $1`, [this.db.schoolId]);
    return school.slug;
  }
}
