import { addDays } from '@app/platform/time/calendar';
import { CONVENTION_STATUS_LABELS, ConventionStatus } from './convention.rules';
import { evaluationLateOn } from './evaluation-state.rules';
import { assertDate, assertSettings, InternshipSettings } from './internship-settings';
import { Period } from './placement.rules';

/** Days before the start of a placement on which a reminder is due when its convention is not signed. */
export const CONVENTION_UNSIGNED_NOTICE_DAYS = 7;

/** The internship reminders the reminder engine sends. */
export type InternshipReminderKind = 'convention_unsigned' | 'placement_starts' | 'evaluation_due' | 'evaluation_late';

/**
 * A reminder and the Europe/Paris day ('YYYY-MM-DD') it is due on. `key` is deterministic, for deduplication, and
 * holds the date it depends on, so a moved placement or evaluation gets a new reminder (the old one is dropped when
 * re-checked): `convention-unsigned:<placementId>:<startOn>`, `placement-starts:<placementId>:<startOn>`,
 * `evaluation-due:<evaluationId>:<dueOn>`, `evaluation-late:<evaluationId>:<dueOn>`.
 */
export interface InternshipReminderDue {
  kind: InternshipReminderKind;
  dueOn: string;
  key: string;
}

/** What internshipReminderDueDates needs: the placement, the day it was created, its convention and its evaluations. */
export interface InternshipReminderInput {
  placement: Period & { id: string };
  /** The Europe/Paris date the placement was created: no reminder is due before it. */
  createdOn: string;
  /** The status of the convention in force (null: none yet). */
  conventionStatus: ConventionStatus | null;
  /** The evaluations of the placement and whether each is submitted (tutorEvaluationsSummary's sense). */
  evaluations: readonly { id: string; dueOn: string; submitted: boolean }[];
}

/**
 * When each reminder of one placement is due, whatever today is (remindersDueOn picks today's), sorted by due date
 * then key: « convention not signed » CONVENTION_UNSIGNED_NOTICE_DAYS before startOn, only when the convention is not
 * signed (when the placement was created later but before its start, on its creation day); « starts tomorrow » the
 * day before startOn; per evaluation not submitted, « due » on its dueOn and « late » on evaluationLateOn(dueOn,
 * settings.evaluationGraceDays). Reminders due before createdOn are left out. Throws a RangeError on an invalid date,
 * status or settings.
 */
export function internshipReminderDueDates(input: InternshipReminderInput, settings: InternshipSettings): InternshipReminderDue[] {
  assertSettings(settings);
  const { placement, createdOn, conventionStatus, evaluations } = input;
  [placement.startOn, placement.endOn, createdOn, ...evaluations.map((e) => e.dueOn)].forEach(assertDate);
  if (conventionStatus !== null && !Object.hasOwn(CONVENTION_STATUS_LABELS, conventionStatus)) {
    throw new RangeError(`Statut de convention inconnu : « ${conventionStatus} ».`);
  }
  // Stryker disable next-line ArrayDeclaration: a string in the list has no dueOn and is filtered out below
  const reminders: InternshipReminderDue[] = [];
  if (conventionStatus !== 'signed') {
    const notice = addDays(placement.startOn, -CONVENTION_UNSIGNED_NOTICE_DAYS);
    const dueOn = notice < createdOn && createdOn < placement.startOn ? createdOn : notice;
    reminders.push({ kind: 'convention_unsigned', dueOn, key: `convention-unsigned:${placement.id}:${placement.startOn}` });
  }
  reminders.push({
    kind: 'placement_starts',
    dueOn: addDays(placement.startOn, -1),
    key: `placement-starts:${placement.id}:${placement.startOn}`,
  });
  for (const evaluation of evaluations) {
    if (evaluation.submitted) continue;
    reminders.push({ kind: 'evaluation_due', dueOn: evaluation.dueOn, key: `evaluation-due:${evaluation.id}:${evaluation.dueOn}` });
    const lateOn = evaluationLateOn(evaluation.dueOn, settings.evaluationGraceDays);
    reminders.push({ kind: 'evaluation_late', dueOn: lateOn, key: `evaluation-late:${evaluation.id}:${evaluation.dueOn}` });
  }
  return reminders
    .filter((r) => r.dueOn >= createdOn)
    .sort((a, b) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** The reminders of `reminders` due exactly on `today` (a Europe/Paris 'YYYY-MM-DD' date), in their order. Throws a RangeError on an invalid date. */
export function remindersDueOn<T extends { dueOn: string }>(reminders: readonly T[], today: string): T[] {
  assertDate(today);
  return reminders.filter((r) => r.dueOn === today);
}
