import { Injectable } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { Db } from '@app/platform';
import type { DueReminder, ReminderRecipient, ReminderSource } from '@app/platform/reminders/reminder-source';
import { frenchDate } from '@app/platform/time/date-labels';
import { MagicLinksService } from '../links/magic-links.service';
import { isSubmitted } from '../rules/evaluation-state.rules';
import { DEFAULT_INTERNSHIP_SETTINGS } from '../rules/internship-settings';
import {
  InternshipReminderDue,
  internshipReminderDueDates,
  InternshipReminderKind,
  remindersDueOn,
} from '../rules/internship-reminders.rules';
import { PlacementFacts, PlacementFactsRepository } from './placement-facts.repository';

const KINDS: readonly InternshipReminderKind[] = ['convention_unsigned', 'placement_starts', 'evaluation_due', 'evaluation_late'];

interface People {
  staff: ReminderRecipient[];
  trainees: Map<string, ReminderRecipient>;
  tutorAccounts: Map<string, string>;
}

/**
 * The internship reminders of a day (internshipReminderDueDates over the placements worth a look): a convention not
 * signed 7 days before the start (to the staff and the trainee), a placement starting tomorrow (trainee and tutor),
 * a tutor evaluation due (tutor) or late (tutor and staff). The tutor without an account gets a fresh evaluation link.
 */
@Injectable()
export class InternshipReminderSource implements ReminderSource {
  readonly kinds = KINDS;

  constructor(
    private readonly db: Db,
    private readonly facts: PlacementFactsRepository,
    private readonly links: MagicLinksService,
  ) {}

  async dueOn(today: string): Promise<DueReminder[]> {
    const due = await this.remindersOf(today);
    if (due.length === 0) return [];
    const people = await this.people(due.map((d) => d.placement));
    return due.map(({ reminder, placement }) => this.describe(reminder, placement, people));
  }

  /** Re-checks the one placement of the key (`<kind>:<placement or evaluation id>:<date>`). */
  async stillDue(key: string, today: string): Promise<boolean> {
    const subjectId = key.split(':')[1] ?? '';
    const input = isUUID(subjectId) ? await this.facts.reminderInputOf(subjectId) : null;
    if (!input) return false;
    return remindersDueOn(internshipReminderDueDates(input, DEFAULT_INTERNSHIP_SETTINGS), today).some((r) => r.key === key);
  }

  /**
   * The page the tutor of an evaluation reminder opens: with an account, their evaluation; without, a new single-use
   * link to the form (it replaces the previous one). Null for anyone else (the reminder's own page).
   */
  async personalLink(key: string, recipient: ReminderRecipient): Promise<string | null> {
    const [kind, evaluationId] = key.split(':');
    if (kind !== 'evaluation-due' && kind !== 'evaluation-late') return null;
    const [tutor]: { email: string; account_id: string | null }[] = await this.db.tx.query(
      `SELECT tu.email, tu.account_id FROM tutor_evaluations e JOIN placements p ON p.id = e.placement_id JOIN tutors tu ON tu.id = p.tutor_id
        WHERE e.id = $1`,
      [evaluationId],
    );
    if (!tutor || tutor.email.toLowerCase() !== recipient.email.toLowerCase()) return null;
    if (recipient.accountId) return recipient.accountId === tutor.account_id ? `/mes-evaluations/${evaluationId}` : null;
    const { url } = await this.links.issue({
      purpose: 'evaluation',
      subjectId: evaluationId,
      recipientEmail: recipient.email,
      recipientName: recipient.name,
    });
    return new URL(url).pathname;
  }

  /** Today's reminders with their placement. */
  private async remindersOf(today: string): Promise<{ reminder: InternshipReminderDue; placement: PlacementFacts }[]> {
    const placements = await this.facts.load({ remindersOn: today, graceDays: DEFAULT_INTERNSHIP_SETTINGS.evaluationGraceDays });
    return placements.flatMap((placement) =>
      remindersDueOn(
        internshipReminderDueDates(
          {
            placement,
            createdOn: placement.createdOn,
            conventionStatus: placement.hasSignedVersion ? 'signed' : null, // only « signed » stops the reminder
            evaluations: placement.evaluations.map((e) => ({ id: e.id, dueOn: e.dueOn, submitted: isSubmitted(e) })),
          },
          DEFAULT_INTERNSHIP_SETTINGS,
        ),
        today,
      ).map((reminder) => ({ reminder, placement })),
    );
  }

  private async people(placements: PlacementFacts[]): Promise<People> {
    const staff: { id: string; email: string; full_name: string }[] = await this.db.tx.query(
      `SELECT id, email, full_name FROM accounts WHERE role IN ('school_admin', 'staff') AND status = 'active' ORDER BY email`,
    );
    const trainees: { id: string; account_id: string; email: string; name: string }[] = await this.db.tx.query(
      `SELECT id, account_id, email, first_name || ' ' || last_name AS name FROM trainees WHERE id = ANY($1)`,
      [[...new Set(placements.map((p) => p.traineeId))]],
    );
    const tutors: { id: string; account_id: string }[] = await this.db.tx.query(
      `SELECT id, account_id FROM tutors WHERE id = ANY($1) AND account_id IS NOT NULL`,
      [[...new Set(placements.map((p) => p.tutorId))]],
    );
    return {
      staff: staff.map((s) => ({ accountId: s.id, email: s.email, name: s.full_name })),
      trainees: new Map(trainees.map((t) => [t.id, { accountId: t.account_id, email: t.email, name: t.name }])),
      tutorAccounts: new Map(tutors.map((t) => [t.id, t.account_id])),
    };
  }

  private describe(reminder: InternshipReminderDue, p: PlacementFacts, people: People): DueReminder {
    const trainee = people.trainees.get(p.traineeId)!;
    const tutorAccount = people.tutorAccounts.get(p.tutorId) ?? null;
    const tutor: ReminderRecipient = { accountId: tutorAccount, email: p.tutorEmail, name: p.tutorName };
    const period = `du ${frenchDate(p.startOn)} au ${frenchDate(p.endOn)}`;
    const placementPage = `/placements/${p.id}/show`;
    const base = { kind: reminder.kind, key: reminder.key };
    switch (reminder.kind) {
      case 'convention_unsigned':
        return {
          ...base,
          recipients: [...people.staff, trainee],
          subject: `Convention de stage non signée – ${p.traineeName}`,
          text: `Le stage de ${p.traineeName} chez ${p.hostSiteName} commence le ${frenchDate(p.startOn)} et sa convention n’est pas encore signée par toutes les parties : le stage ne peut pas commencer sans elle.`,
          linkPath: placementPage,
        };
      case 'placement_starts':
        return {
          ...base,
          recipients: [trainee, tutor],
          subject: `Le stage de ${p.traineeName} commence demain`,
          text: `Le stage de ${p.traineeName} chez ${p.hostSiteName} (${p.hostSiteAddress}) commence demain, ${period}, avec ${p.tutorName} comme tuteur.`,
          linkPath: '/', // the trainee's home shows the placement card
        };
      case 'evaluation_due':
      case 'evaluation_late': {
        const evaluationId = reminder.key.split(':')[1];
        const evaluation = p.evaluations.find((e) => e.id === evaluationId)!;
        const late = reminder.kind === 'evaluation_late';
        return {
          ...base,
          recipients: late ? [tutor, ...people.staff] : [tutor],
          subject: late ? `Évaluation de ${p.traineeName} en retard` : `Évaluation de ${p.traineeName} à remplir`,
          text: late
            ? `L’évaluation de ${p.traineeName} (stage chez ${p.hostSiteName}) était attendue le ${frenchDate(evaluation.dueOn)} et n’a pas encore été transmise.`
            : `L’évaluation de ${p.traineeName} (stage chez ${p.hostSiteName}) est à remplir pour le ${frenchDate(evaluation.dueOn)} : deux minutes depuis votre téléphone.`,
          linkPath: placementPage, // the tutor gets their own link (personalLink)
        };
      }
    }
  }
}
