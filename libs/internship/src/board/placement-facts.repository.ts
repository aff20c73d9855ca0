import { Injectable } from '@nestjs/common';
import { Db } from '@app/platform';
import { ConventionParty } from '../rules/convention.rules';
import { isSubmitted } from '../rules/evaluation-state.rules';
import { CONVENTION_UNSIGNED_NOTICE_DAYS, InternshipReminderInput } from '../rules/internship-reminders.rules';
import { BoardPlacementInput } from '../rules/placement-board.rules';
import type { PlacementType } from '../placements/placement.entity';

/** A placement with what the board and the trainee's card show of it, and what the rules need. */
export interface PlacementFacts extends BoardPlacementInput {
  traineeId: string;
  traineeName: string;
  cohortId: string;
  cohortName: string;
  hostSiteId: string;
  hostSiteName: string;
  hostSiteAddress: string;
  tutorId: string;
  tutorName: string;
  tutorEmail: string;
  tutorPhone: string | null;
  type: PlacementType;
  plannedHours: number;
  startedAt: Date | null;
}

/**
 * Which placements to read: those of a trainee; those of the school worth a look from `since` on; or those that may
 * have an internship reminder on `remindersOn` (internshipReminderDueDates' days: a start 1 to 7 days later, an
 * evaluation not submitted due that day or `graceDays` before) — a superset the rules then narrow down.
 */
export type PlacementFactsFilter =
  { traineeId: string } | { since: string; cohortId?: string } | { remindersOn: string; graceDays: number };

interface PlacementRow {
  id: string;
  trainee_id: string;
  trainee_name: string;
  cohort_id: string;
  cohort_name: string;
  host_site_id: string;
  host_site_name: string;
  host_site_address: string;
  tutor_id: string;
  tutor_name: string;
  tutor_email: string;
  tutor_phone: string | null;
  type: PlacementType;
  start_on: string;
  end_on: string;
  planned_hours: number;
  started_at: Date | null;
  created_on: string;
}

interface ConventionRow {
  placement_id: string;
  id: string;
  version: number;
  sent_at: Date | null;
  signatures: Record<string, string>;
  has_signed: boolean;
}

interface EvaluationRow {
  id: string;
  placement_id: string;
  due_on: string;
  draft_saved_at: Date | null;
  submitted_at: Date | null;
  reopened_at: Date | null;
}

/**
 * Placements with their latest convention (signatures that match its current content only) and their tutor
 * evaluations: three statements whatever the number of placements.
 */
@Injectable()
export class PlacementFactsRepository {
  constructor(private readonly db: Db) {}

  async load(filter: PlacementFactsFilter): Promise<PlacementFacts[]> {
    const [where, params] = whereOf(filter);
    const placements: PlacementRow[] = await this.db.tx.query(
      `SELECT p.id, p.trainee_id, tr.first_name || ' ' || tr.last_name AS trainee_name, c.id AS cohort_id, c.name AS cohort_name,
              h.id AS host_site_id, h.name AS host_site_name, h.address || ', ' || h.postal_code || ' ' || h.city AS host_site_address,
              tu.id AS tutor_id, tu.first_name || ' ' || tu.last_name AS tutor_name, tu.email AS tutor_email, tu.phone AS tutor_phone,
              p.type, p.start_on::text AS start_on, p.end_on::text AS end_on, p.planned_hours, p.started_at,
              (p.created_at AT TIME ZONE 'Europe/Paris')::date::text AS created_on
         FROM placements p
         JOIN trainees tr ON tr.id = p.trainee_id
         JOIN cohorts c ON c.id = tr.cohort_id
         JOIN host_sites h ON h.id = p.host_site_id
         JOIN tutors tu ON tu.id = p.tutor_id
        WHERE ${where}
        ORDER BY p.start_on, tr.last_name, tr.first_name, p.id`,
      params,
    );
    if (placements.length === 0) return [];
    const ids = placements.map((p) => p.id);
    // One after the other: a transaction's client runs one statement at a time.
    const conventions: ConventionRow[] = await this.db.tx.query(
      `SELECT DISTINCT ON (c.placement_id) c.placement_id, c.id, c.version, c.sent_at,
                COALESCE((SELECT json_object_agg(s.party, s.signed_at) FROM convention_signatures s
                           WHERE s.convention_id = c.id AND s.content_hash = c.content_hash), '{}') AS signatures,
                EXISTS (SELECT 1 FROM conventions v WHERE v.placement_id = c.placement_id AND v.signed_at IS NOT NULL) AS has_signed
           FROM conventions c
          WHERE c.placement_id = ANY($1)
          ORDER BY c.placement_id, c.version DESC`,
      [ids],
    );
    const evaluations: EvaluationRow[] = await this.db.tx.query(
      `SELECT id, placement_id, due_on::text AS due_on, draft_saved_at, submitted_at, reopened_at
           FROM tutor_evaluations WHERE placement_id = ANY($1) ORDER BY due_on, id`,
      [ids],
    );
    const conventionOf = new Map(conventions.map((c) => [c.placement_id, c]));
    const evaluationsOf = new Map<string, EvaluationRow[]>();
    for (const e of evaluations) evaluationsOf.set(e.placement_id, [...(evaluationsOf.get(e.placement_id) ?? []), e]);
    return placements.map((p) => {
      const c = conventionOf.get(p.id);
      return {
        id: p.id,
        traineeId: p.trainee_id,
        traineeName: p.trainee_name,
        cohortId: p.cohort_id,
        cohortName: p.cohort_name,
        hostSiteId: p.host_site_id,
        hostSiteName: p.host_site_name,
        hostSiteAddress: p.host_site_address,
        tutorId: p.tutor_id,
        tutorName: p.tutor_name,
        tutorEmail: p.tutor_email,
        tutorPhone: p.tutor_phone,
        type: p.type,
        startOn: p.start_on,
        endOn: p.end_on,
        plannedHours: p.planned_hours,
        startedAt: p.started_at,
        createdOn: p.created_on,
        latestConvention: c
          ? {
              id: c.id,
              placementId: p.id,
              version: c.version,
              sentAt: c.sent_at,
              signatures: Object.fromEntries(Object.entries(c.signatures).map(([party, at]) => [party as ConventionParty, new Date(at)])),
            }
          : null,
        hasSignedVersion: c?.has_signed ?? false,
        evaluations: (evaluationsOf.get(p.id) ?? []).map((e) => ({
          id: e.id,
          dueOn: e.due_on,
          draftSavedAt: e.draft_saved_at,
          submittedAt: e.submitted_at,
          reopenedAt: e.reopened_at,
        })),
      };
    });
  }

  /**
   * What internshipReminderDueDates needs of the one placement of id `placementOrEvaluationId`, or of that tutor
   * evaluation (null when there is none): one statement without the joins of `load`, for re-checking one reminder
   * just before it is sent.
   */
  async reminderInputOf(placementOrEvaluationId: string): Promise<InternshipReminderInput | null> {
    const [row]: {
      id: string;
      start_on: string;
      end_on: string;
      created_on: string;
      has_signed: boolean;
      evaluations: { id: string; due_on: string; draft_saved_at: string | null; submitted_at: string | null; reopened_at: string | null }[];
    }[] = await this.db.tx.query(
      `SELECT p.id, p.start_on::text AS start_on, p.end_on::text AS end_on,
              (p.created_at AT TIME ZONE 'Europe/Paris')::date::text AS created_on,
              EXISTS (SELECT 1 FROM conventions v WHERE v.placement_id = p.id AND v.signed_at IS NOT NULL) AS has_signed,
              COALESCE((SELECT json_agg(json_build_object('id', e.id, 'due_on', e.due_on, 'draft_saved_at', e.draft_saved_at,
                                                          'submitted_at', e.submitted_at, 'reopened_at', e.reopened_at))
                          FROM tutor_evaluations e WHERE e.placement_id = p.id), '[]') AS evaluations
         FROM placements p
        WHERE p.id IN (SELECT $1::uuid UNION SELECT placement_id FROM tutor_evaluations WHERE id = $1::uuid)`,
      [placementOrEvaluationId],
    );
    if (!row) return null;
    const date = (at: string | null) => (at === null ? null : new Date(at));
    return {
      placement: { id: row.id, startOn: row.start_on, endOn: row.end_on },
      createdOn: row.created_on,
      conventionStatus: row.has_signed ? 'signed' : null, // only « signed » stops the reminder
      evaluations: row.evaluations.map((e) => ({
        id: e.id,
        dueOn: e.due_on,
        submitted: isSubmitted({
          id: e.id,
          dueOn: e.due_on,
          draftSavedAt: date(e.draft_saved_at),
          submittedAt: date(e.submitted_at),
          reopenedAt: date(e.reopened_at),
        }),
      })),
    };
  }

  /** Active trainees of cohorts running some day from `monday` to `sunday` with no placement ending on or after `monday`. */
  traineesWithoutPlacement(
    monday: string,
    sunday: string,
    cohortId: string | undefined,
  ): Promise<{ trainee_id: string; trainee_name: string; cohort_id: string; cohort_name: string }[]> {
    return this.db.tx.query(
      `SELECT t.id AS trainee_id, t.first_name || ' ' || t.last_name AS trainee_name, c.id AS cohort_id, c.name AS cohort_name
         FROM trainees t JOIN cohorts c ON c.id = t.cohort_id
        WHERE t.status = 'active' AND c.start_date <= $2 AND c.end_date >= $1 AND ($3::uuid IS NULL OR c.id = $3)
          AND NOT EXISTS (SELECT 1 FROM placements p WHERE p.trainee_id = t.id AND p.end_on >= $1)
        ORDER BY c.start_date, c.name, t.last_name, t.first_name, t.id`,
      [monday, sunday, cohortId ?? null],
    );
  }
}

const NOT_SUBMITTED = '(e.submitted_at IS NULL OR e.reopened_at > e.submitted_at)';

function whereOf(filter: PlacementFactsFilter): [string, unknown[]] {
  if ('traineeId' in filter) return ['p.trainee_id = $1', [filter.traineeId]];
  if ('remindersOn' in filter) {
    return [
      `p.id IN (SELECT id FROM placements WHERE start_on BETWEEN $1::date + 1 AND $1::date + ${CONVENTION_UNSIGNED_NOTICE_DAYS}
                UNION
                SELECT e.placement_id FROM tutor_evaluations e WHERE e.due_on IN ($1::date, $1::date - $2::int) AND ${NOT_SUBMITTED})`,
      [filter.remindersOn, filter.graceDays],
    ];
  }
  return [
    `($2::uuid IS NULL OR tr.cohort_id = $2) AND (p.end_on >= $1 OR EXISTS (
       SELECT 1 FROM tutor_evaluations e WHERE e.placement_id = p.id AND ${NOT_SUBMITTED}))`,
    [filter.since, filter.cohortId ?? null],
  ];
}
