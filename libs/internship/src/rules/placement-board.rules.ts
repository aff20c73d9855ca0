import { addDays, daysBetween, weekOf } from '@app/platform/time/calendar';
import { parisDate } from '@app/platform/time/paris-time';
import { CONVENTION_PARTIES, Convention, ConventionParty, ConventionStatus, conventionStatus, signedParties } from './convention.rules';
import { EvaluationState, evaluationLateOn, evaluationState, isSubmitted, TutorEvaluation } from './evaluation-state.rules';
import { assertDate, InternshipSettings } from './internship-settings';
import { InternshipReminderDue, internshipReminderDueDates } from './internship-reminders.rules';
import { Period, periodsOverlap } from './placement.rules';

/** How many days ahead the board lists the reminders to come, today included. */
export const BOARD_REMINDER_DAYS = 7;

/** How many days back the board lists the evaluations submitted by tutors. */
export const BOARD_SUBMITTED_DAYS = 14;

/** A placement as the board reads it: its period, when it was created, its conventions and its evaluations. */
export interface BoardPlacementInput extends Period {
  id: string;
  /** The Europe/Paris date the placement was created (no reminder before it). */
  createdOn: string;
  /** The latest version of its convention (null: none yet). */
  latestConvention: Convention | null;
  /** Whether a version was signed by all parties (the convention in force when an avenant is being signed). */
  hasSignedVersion: boolean;
  evaluations: readonly TutorEvaluation[];
}

/** Where a placement's convention stands on the board. */
export interface ConventionAlert {
  placementId: string;
  /** The latest version's status (null: no convention yet). */
  status: ConventionStatus | null;
  version: number | null;
  /** The parties whose signature is still awaited on the latest version (all of them before it is sent). */
  awaiting: ConventionParty[];
  /** Days from today to the start (negative: started). */
  startsInDays: number;
  /** True when the placement cannot start for want of a signed convention and starts within 7 days or has started. */
  urgent: boolean;
}

/** A tutor evaluation to chase (due or late) or just submitted. */
export interface BoardEvaluation {
  placementId: string;
  evaluationId: string;
  dueOn: string;
  lateOn: string;
  state: EvaluationState;
  submittedAt: Date | null;
}

/** The board's sections, computed from the placements of the school. */
export interface PlacementBoard {
  monday: string;
  sunday: string;
  /** The placements running at some day of the week. */
  presentIds: string[];
  conventions: ConventionAlert[];
  /** Evaluations not submitted whose due date is on or before the week's Sunday, late ones first then by due date. */
  evaluationsToChase: BoardEvaluation[];
  /** Evaluations submitted in the last BOARD_SUBMITTED_DAYS days (today included), newest first. */
  evaluationsSubmitted: BoardEvaluation[];
  /** Reminders due from today to today + BOARD_REMINDER_DAYS - 1, with their placement. */
  reminders: (InternshipReminderDue & { placementId: string })[];
}

/**
 * The placement board of the week holding `day`, seen on `today` (Europe/Paris dates): which placements run that
 * week; the conventions not signed of placements not ended (the latest version; a signed earlier version lets the
 * placement start but the avenant is still awaited), urgent when the placement cannot start and starts within
 * 7 days or has started; the evaluations to chase and those just submitted (evaluationState); the reminders to come
 * (internshipReminderDueDates). Throws a RangeError on an invalid date, convention or evaluation.
 */
export function placementBoard(
  placements: readonly BoardPlacementInput[],
  day: string,
  today: string,
  settings: InternshipSettings,
): PlacementBoard {
  assertDate(today);
  const { monday, sunday } = weekOf(day);
  const week = { startOn: monday, endOn: sunday };
  const lastReminderDay = addDays(today, BOARD_REMINDER_DAYS - 1);
  const submittedSince = addDays(today, -(BOARD_SUBMITTED_DAYS - 1));
  const board: PlacementBoard = {
    monday,
    sunday,
    presentIds: [],
    conventions: [],
    evaluationsToChase: [],
    evaluationsSubmitted: [],
    reminders: [],
  };

  for (const p of placements) {
    if (periodsOverlap(p, week)) board.presentIds.push(p.id);
    const status = p.latestConvention ? conventionStatus(p.latestConvention) : null;
    if (status !== 'signed' && p.endOn >= today) {
      const startsInDays = daysBetween(today, p.startOn);
      const awaiting =
        // Stryker disable next-line StringLiteral: a draft has no signature (conventionStatus refuses one), so the filter gives every party too
        status === null || status === 'draft'
          ? [...CONVENTION_PARTIES]
          : CONVENTION_PARTIES.filter((x) => !signedParties(p.latestConvention!).includes(x));
      board.conventions.push({
        placementId: p.id,
        status,
        version: p.latestConvention?.version ?? null,
        awaiting,
        startsInDays,
        urgent: !p.hasSignedVersion && startsInDays <= 7,
      });
    }
    for (const e of p.evaluations) {
      const state = evaluationState(e, today, settings);
      const row = {
        placementId: p.id,
        evaluationId: e.id,
        dueOn: e.dueOn,
        lateOn: evaluationLateOn(e.dueOn, settings.evaluationGraceDays),
        state,
        submittedAt: e.submittedAt,
      };
      if (state === 'submitted') {
        if (e.submittedAt && parisDate(e.submittedAt) >= submittedSince) board.evaluationsSubmitted.push(row);
      } else if (state === 'reopened' || (state !== 'not_due' && e.dueOn <= sunday)) {
        board.evaluationsToChase.push(row);
      }
    }
    const reminders = internshipReminderDueDates(
      {
        placement: p,
        createdOn: p.createdOn,
        conventionStatus: p.hasSignedVersion ? 'signed' : status,
        evaluations: p.evaluations.map((e) => ({ id: e.id, dueOn: e.dueOn, submitted: isSubmitted(e) })),
      },
      settings,
    );
    for (const r of reminders) if (r.dueOn >= today && r.dueOn <= lastReminderDay) board.reminders.push({ ...r, placementId: p.id });
  }
  board.conventions.sort((a, b) => Number(b.urgent) - Number(a.urgent) || a.startsInDays - b.startsInDays);
  const lateFirst = (e: BoardEvaluation) => (e.state === 'late' ? 0 : 1);
  board.evaluationsToChase.sort((a, b) => lateFirst(a) - lateFirst(b) || cmp(a.dueOn, b.dueOn) || cmp(a.evaluationId, b.evaluationId));
  board.evaluationsSubmitted.sort((a, b) => b.submittedAt!.getTime() - a.submittedAt!.getTime());
  board.reminders.sort((a, b) => cmp(a.dueOn, b.dueOn) || cmp(a.key, b.key));
  return board;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
