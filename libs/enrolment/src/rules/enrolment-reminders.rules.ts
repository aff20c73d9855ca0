import { addDays } from '@app/platform/time/calendar';
import { isValidDate } from '@app/platform/time/paris-time';
import { hireDeadlines } from './deadlines.rules';

/** Days after the file was sent (or last found wanting) on which a candidate is reminded of missing documents. */
export const DOCUMENTS_REMINDER_DAYS = [3, 10] as const;

/** Days before each hire-date deadline on which the trainee and the staff are reminded. */
export const HIRE_DEADLINE_NOTICE_DAYS = 60;

function assertDate(date: string): void {
  if (!isValidDate(date)) throw new RangeError(`Date invalide : « ${date} » (format attendu AAAA-MM-JJ).`);
}

/**
 * The « missing documents » reminder of an application due on `today`, if any: `sinceOn` is the Paris day from which
 * the candidate had to act (the day the draft was created, or the day the file was last found wanting: a document
 * rejected, else the day it was sent); due DOCUMENTS_REMINDER_DAYS after it while required documents are missing.
 * The key names the day and the delay (`application-documents:<id>:<sinceOn>:<days>`), so a file found wanting again
 * later is reminded again. Throws a RangeError on an invalid date.
 */
export function documentsReminderDue(
  application: { id: string; sinceOn: string; missing: number },
  today: string,
): { key: string; days: number } | null {
  assertDate(application.sinceOn);
  assertDate(today);
  if (application.missing <= 0) return null;
  const days = DOCUMENTS_REMINDER_DAYS.find((d) => addDays(application.sinceOn, d) === today);
  return days === undefined ? null : { key: `application-documents:${application.id}:${application.sinceOn}:${days}`, days };
}

/**
 * The « interview tomorrow » reminder of an application whose interview is on `interviewOn` (its Paris day): due the
 * day before; the key names the day (`interview-tomorrow:<id>:<interviewOn>`), so a moved interview is reminded anew
 * and the old reminder is no longer due. Throws a RangeError on an invalid date.
 */
export function interviewReminderDue(application: { id: string; interviewOn: string }, today: string): { key: string } | null {
  assertDate(application.interviewOn);
  assertDate(today);
  return addDays(today, 1) === application.interviewOn ? { key: `interview-tomorrow:${application.id}:${application.interviewOn}` } : null;
}

export type HireDeadlineKind = 'hire_deadline_training_start' | 'hire_deadline_qualification';

/** A hire-date deadline reminder: its kind, the deadline, and its key (`<kind>:<applicationId>:<deadline>`). */
export interface HireDeadlineReminder {
  kind: HireDeadlineKind;
  deadline: string;
  key: string;
}

/**
 * The hire-date deadline reminders due on `today` for an assistant hired on `hiredOn` without the CQP (hireDeadlines):
 * HIRE_DEADLINE_NOTICE_DAYS before « training started by » unless training has started (`trainingStartedOn` on or
 * before the deadline), and before « qualified by » unless the CQP is awarded. Throws a RangeError on an invalid date.
 */
export function hireDeadlineRemindersDue(
  application: { id: string; hiredOn: string; trainingStartedOn: string | null; certified: boolean },
  rules: { hireTrainingStartYears: number; hireQualificationYears: number },
  today: string,
): HireDeadlineReminder[] {
  const { trainingStartBy, qualificationBy } = hireDeadlines(application.hiredOn, rules, today);
  const reminders: HireDeadlineReminder[] = [];
  const started = application.trainingStartedOn !== null && application.trainingStartedOn <= trainingStartBy;
  const add = (kind: HireDeadlineKind, deadline: string) => {
    if (addDays(deadline, -HIRE_DEADLINE_NOTICE_DAYS) === today)
      reminders.push({ kind, deadline, key: `${kind}:${application.id}:${deadline}` });
  };
  if (!started) add('hire_deadline_training_start', trainingStartBy);
  if (!application.certified) add('hire_deadline_qualification', qualificationBy);
  return reminders;
}
