import { Injectable } from '@nestjs/common';
import { Db } from '@app/platform';
import type { DueReminder, ReminderSource } from '@app/platform/reminders/reminder-source';
import { addDays } from '@app/platform/time/calendar';
import { frenchDate } from '@app/platform/time/date-labels';
import { RuleSettings, RuleSettingsService } from '@app/referential';
import { AssessmentRecords } from '../attempts/assessment-records.repository';
import { retakeOpenDue } from '../rules/retake-reminders.rules';

/** A trainee with a « non validé » decision on a block an upcoming session sits. */
interface RetakeFacts {
  sessionId: string;
  sessionName: string;
  sessionDate: string;
  startTime: string;
  place: string;
  versionId: string;
  blockId: string;
  blockCode: string;
  blockTitle: string;
  traineeId: string;
  accountId: string;
  email: string;
  name: string;
}

/**
 * « A retake session is open »: for each upcoming exam session, the active trainees of its version with a « non
 * validé » decision on a block it sits and not convened to it are selected in one statement; their attempts' dates and
 * decisions (AssessmentRecords.datedPaths, two statements: the marks do not matter) and retakeOpenDue decide. Sent once, on the first day it holds.
 */
@Injectable()
export class RetakeReminderSource implements ReminderSource {
  readonly kinds = ['retake_open'] as const;

  constructor(
    private readonly db: Db,
    private readonly records: AssessmentRecords,
    private readonly settings: RuleSettingsService,
  ) {}

  async dueOn(today: string): Promise<DueReminder[]> {
    return (await this.due(today, null)).map(({ key, attemptNumber, deadline, f }) => ({
      kind: 'retake_open',
      key,
      recipients: [{ accountId: f.accountId, email: f.email, name: f.name }],
      subject: `Rattrapage possible : ${f.blockCode} le ${frenchDate(f.sessionDate)}`,
      text:
        `La session d’examen « ${f.sessionName} » du ${frenchDate(f.sessionDate)} à ${f.startTime.replace(':', ' h ')} (${f.place}) ` +
        `évalue le bloc ${f.blockCode} ${f.blockTitle}, que vous n’avez pas encore validé. Vous pouvez vous y présenter ` +
        `(ce serait votre passage n° ${attemptNumber})` +
        `${deadline ? `, rattrapage possible jusqu’au ${frenchDate(deadline)}` : ''}. Parlez-en à l’équipe de l’école pour être convoqué(e).`,
      linkPath: '/mes-resultats',
    }));
  }

  /** Still open on its day or the next (quiet hours): the trainee not convened meanwhile, the session unchanged. */
  async stillDue(key: string, today: string): Promise<boolean> {
    const [, sessionId, traineeId] = key.split(':');
    for (const day of [today, addDays(today, -1)]) {
      if ((await this.due(day, { sessionId, traineeId })).some((d) => d.key === key)) return true;
    }
    return false;
  }

  private async due(today: string, only: { sessionId: string; traineeId: string } | null) {
    const facts: RetakeFacts[] = await this.db.tx.query(
      // The (trainee, block) pairs whose current decision is « non validé », first and once: the pairs that ever failed
      // (index on school and outcome), then the latest decision of each, ordered as currentDecision orders them (jury
      // date, then decided_at and id). Joined directly, the planner scanned every trainee for each upcoming session
      // (228 → 84 ms a school at scale); without the current decision, 6 times more pairs (failed, then validated) were
      // read and decided in Node. Re-checking one reminder reads that trainee's decisions only.
      `WITH ever AS MATERIALIZED (SELECT DISTINCT trainee_id, block_id FROM jury_decisions
                                    WHERE outcome = 'not_validated' AND ($3::uuid IS NULL OR trainee_id = $3::uuid)),
       failed AS MATERIALIZED (
         SELECT e.trainee_id, e.block_id FROM ever e
          CROSS JOIN LATERAL (SELECT d.outcome FROM jury_decisions d JOIN jury_sessions j ON j.id = d.jury_session_id
                               WHERE d.trainee_id = e.trainee_id AND d.block_id = e.block_id
                               ORDER BY j.date DESC, d.decided_at DESC, d.id DESC LIMIT 1) cur
          WHERE cur.outcome = 'not_validated')
       SELECT DISTINCT s.id AS "sessionId", s.name AS "sessionName", s.date::text AS "sessionDate", s.start_time AS "startTime", s.place,
              s.version_id AS "versionId", b.id AS "blockId", b.code AS "blockCode", b.title AS "blockTitle",
              t.id AS "traineeId", t.account_id AS "accountId", t.email, t.first_name || ' ' || t.last_name AS name
         FROM exam_sessions s
         JOIN assessments e ON e.id = ANY(s.assessment_ids)
         JOIN referential_blocks b ON b.id = e.block_id
         JOIN failed d ON d.block_id = b.id
         JOIN trainees t ON t.id = d.trainee_id AND t.status = 'active'
         JOIN cohorts c ON c.id = t.cohort_id AND c.version_id = s.version_id
        WHERE s.date > $1::date AND ($2::uuid IS NULL OR (s.id = $2::uuid AND t.id = $3::uuid))
          AND NOT EXISTS (SELECT 1 FROM attempts a WHERE a.exam_session_id = s.id AND a.trainee_id = t.id AND a.block_id = b.id)`,
      [today, only?.sessionId ?? null, only?.traineeId ?? null],
    );
    if (facts.length === 0) return [];
    const codes = new Map(facts.map((f) => [f.blockId, f.blockCode]));
    const paths = await this.records.datedPaths([...new Set(facts.map((f) => f.traineeId))], codes);
    const rules = new Map<string, RuleSettings>();
    for (const id of new Set(facts.map((f) => f.versionId))) rules.set(id, await this.settings.settingsFor(id));
    return facts.flatMap((f) => {
      const path = paths.get(`${f.traineeId}:${f.blockId}`) ?? { attempts: [], decisions: [] };
      const due = retakeOpenDue({ ...f, ...path, settings: rules.get(f.versionId)!, convened: false }, today);
      return due ? [{ ...due, f }] : [];
    });
  }
}
