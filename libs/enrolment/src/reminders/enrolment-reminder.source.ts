import { Injectable } from '@nestjs/common';
import { Db } from '@app/platform';
import { accountRecipients, STAFF_ROLES } from '@app/platform/reminders/reminder-recipients';
import type { DueReminder, ReminderRecipient, ReminderSource } from '@app/platform/reminders/reminder-source';
import { addDays } from '@app/platform/time/calendar';
import { frenchDate } from '@app/platform/time/date-labels';
import { parisTime } from '@app/platform/time/paris-time';
import { documentsReminderDue, hireDeadlineRemindersDue, interviewReminderDue } from '../rules/enrolment-reminders.rules';
import { DocumentsFacts, EnrolmentReminderFacts, HireFacts, InterviewFacts } from './enrolment-reminder-facts.repository';

const KINDS = [
  'application_documents_missing',
  'interview_tomorrow',
  'hire_deadline_training_start',
  'hire_deadline_qualification',
] as const;

/** The candidate has no account: their file opens with the link e-mailed when they applied (never stored in clear). */
const CANDIDATE_LINK_HINT = 'Pour ouvrir votre dossier, utilisez le lien reçu par e-mail lors de votre candidature.';

/**
 * The admission reminders of a day: documents still missing 3 and 10 days after the candidate had to act (to the
 * candidate), an interview tomorrow (candidate and interviewer), the hire-date deadlines 60 days ahead (the trainee —
 * or the candidate not yet enrolled — and the staff). Decided by rules/enrolment-reminders.rules.ts over the facts of
 * EnrolmentReminderFacts (one statement per kind).
 */
@Injectable()
export class EnrolmentReminderSource implements ReminderSource {
  readonly kinds = KINDS;

  constructor(
    private readonly db: Db,
    private readonly facts: EnrolmentReminderFacts,
  ) {}

  async dueOn(today: string): Promise<DueReminder[]> {
    const [documents, interviews, hired] = [
      await this.documentsDue(today, null),
      await this.interviewsDue(today, null),
      await this.hireDue(today, null),
    ];
    if (documents.length + interviews.length + hired.length === 0) return [];
    const applyPage = `/candidater/${await this.facts.schoolSlug()}`;
    const staff = hired.length ? await accountRecipients(this.db.tx, STAFF_ROLES) : [];
    return [
      ...documents.map(({ key, days, a }) => this.documentsReminder(key, days, a, applyPage)),
      ...interviews.flatMap(({ key, a }) => this.interviewReminders(key, addDays(today, 1), a, applyPage)),
      ...hired.flatMap(({ reminder, a }) => this.hireReminders(reminder, a, staff, applyPage)),
    ];
  }

  /** Still due on its day, or the next morning when the quiet hours held it, the application still in the same state. */
  async stillDue(key: string, today: string): Promise<boolean> {
    const [kind, id] = key.split(':');
    for (const day of [today, addDays(today, -1)]) {
      const keys =
        kind === 'application-documents'
          ? (await this.documentsDue(day, id)).map((d) => d.key)
          : kind === 'interview-tomorrow'
            ? (await this.interviewsDue(day, id)).map((d) => d.key)
            : (await this.hireDue(day, id)).map((d) => d.reminder.key);
      if (keys.includes(key)) return true;
    }
    return false;
  }

  private async documentsDue(today: string, onlyId: string | null) {
    return (await this.facts.documents(today, onlyId)).flatMap((a) => {
      const due = documentsReminderDue(a, today);
      return due ? [{ ...due, a }] : [];
    });
  }

  private async interviewsDue(today: string, onlyId: string | null) {
    return (await this.facts.interviews(addDays(today, 1), onlyId)).flatMap((a) => {
      const due = interviewReminderDue({ id: a.id, interviewOn: addDays(today, 1) }, today);
      return due ? [{ key: due.key, a }] : [];
    });
  }

  private async hireDue(today: string, onlyId: string | null) {
    return (await this.facts.hired(today, onlyId)).flatMap((a) =>
      hireDeadlineRemindersDue(a, a.rules, today).map((reminder) => ({ reminder, a })),
    );
  }

  private documentsReminder(key: string, days: number, a: DocumentsFacts, applyPage: string): DueReminder {
    return {
      kind: 'application_documents_missing',
      key,
      recipients: [{ accountId: null, email: a.email, name: a.name }],
      subject: `Votre dossier de candidature ${a.reference} est incomplet`,
      text:
        `Il manque encore ${a.missing === 1 ? 'une pièce obligatoire' : `${a.missing} pièces obligatoires`} (ou une pièce refusée à remplacer) ` +
        `dans votre dossier de candidature ${a.reference} depuis le ${frenchDate(a.sinceOn)} (${days} jours). ` +
        `Tant qu’il est incomplet, l’école ne peut pas l’étudier. ${CANDIDATE_LINK_HINT}`,
      linkPath: applyPage,
    };
  }

  private interviewReminders(key: string, interviewOn: string, a: InterviewFacts, applyPage: string): DueReminder[] {
    const when = `demain, ${frenchDate(interviewOn)} à ${parisTime(a.interviewAt).replace(':', ' h ')}`;
    const reminders: DueReminder[] = [
      {
        kind: 'interview_tomorrow',
        key,
        recipients: [{ accountId: null, email: a.email, name: a.name }],
        subject: 'Votre entretien de positionnement a lieu demain',
        text: `Votre entretien de positionnement a lieu ${when}. En cas d’empêchement, prévenez l’école au plus vite. ${CANDIDATE_LINK_HINT}`,
        linkPath: applyPage,
      },
    ];
    if (a.interviewerId && a.interviewerEmail) {
      reminders.push({
        kind: 'interview_tomorrow',
        key,
        recipients: [{ accountId: a.interviewerId, email: a.interviewerEmail, name: a.interviewerName ?? a.interviewerEmail }],
        subject: `Entretien de positionnement demain – ${a.name}`,
        text: `Vous menez l’entretien de positionnement de ${a.name} ${when}. Son dossier est prêt à consulter.`,
        linkPath: `/applications/${a.id}/show`,
      });
    }
    return reminders;
  }

  private hireReminders(
    reminder: { kind: 'hire_deadline_training_start' | 'hire_deadline_qualification'; deadline: string; key: string },
    a: HireFacts,
    staff: ReminderRecipient[],
    applyPage: string,
  ): DueReminder[] {
    const start = reminder.kind === 'hire_deadline_training_start';
    const what = start ? 'entrer en formation' : 'obtenir le CQP Assistant médical';
    const by = `au plus tard le ${frenchDate(reminder.deadline)} (dans 60 jours)`;
    const law = `embauche comme assistant(e) médical(e) le ${frenchDate(a.hiredOn)}`;
    const person: ReminderRecipient =
      a.traineeId && a.traineeAccountId
        ? { accountId: a.traineeAccountId, email: a.traineeEmail ?? a.email, name: a.name }
        : { accountId: null, email: a.email, name: a.name };
    const base = { kind: reminder.kind, key: reminder.key };
    return [
      {
        ...base,
        recipients: [person],
        subject: start ? 'Échéance d’entrée en formation dans 60 jours' : 'Échéance d’obtention du CQP dans 60 jours',
        text: `Après votre ${law}, vous devez ${what} ${by}.${a.traineeId ? '' : ` ${CANDIDATE_LINK_HINT}`}`,
        linkPath: a.traineeId ? '/' : applyPage,
      },
      {
        ...base,
        recipients: staff,
        subject: `${start ? 'Échéance d’entrée en formation' : 'Échéance d’obtention du CQP'} – ${a.name}`,
        text: `${a.name} (${law}) doit ${what} ${by}.`,
        linkPath: a.traineeId ? `/trainees/${a.traineeId}/show` : `/applications/${a.id}/show`,
      },
    ].filter((r) => r.recipients.length > 0);
  }
}
