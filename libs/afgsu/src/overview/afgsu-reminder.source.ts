import { Injectable } from '@nestjs/common';
import { Db } from '@app/platform';
import { accountRecipients, STAFF_ROLES } from '@app/platform/reminders/reminder-recipients';
import type { DueReminder, ReminderRecipient, ReminderSource } from '@app/platform/reminders/reminder-source';
import { addDays } from '@app/platform/time/calendar';
import { frenchDate } from '@app/platform/time/date-labels';
import { RuleSettings, RuleSettingsService } from '@app/referential';
import { AfgsuAttestationRecord } from '../attestations/afgsu-attestation.entity';
import { toRule } from '../attestations/afgsu-attestations.service';
import { AfgsuAttestation } from '../rules/afgsu-attestation';
import {
  afgsuCatalogueKind,
  afgsuExpiryDatesDueOn,
  afgsuReminderDueDates,
  AfgsuReminderDue,
  remindersDueOn,
} from '../rules/afgsu-reminders.rules';
import { AfgsuPlanning } from '../sessions/afgsu-planning.repository';

interface TraineeRow {
  id: string;
  account_id: string;
  email: string;
  name: string;
  version_id: string;
}

const KINDS = ['afgsu_expiring_90', 'afgsu_expiring_30', 'afgsu_expired', 'afgsu_session_tomorrow'] as const;

/**
 * The AFGSU reminders of a day (afgsuReminderDueDates): the attestation in force expiring in 90 or 30 days or expired
 * (to the trainee and the staff), a session starting tomorrow (to the trainee). Trainees are first selected in SQL (an
 * attestation expiring on one of afgsuExpiryDatesDueOn, or a session starting tomorrow), then the rule decides on all
 * their attestations: four statements whatever the number of trainees.
 */
@Injectable()
export class AfgsuReminderSource implements ReminderSource {
  readonly kinds = KINDS;

  constructor(
    private readonly db: Db,
    private readonly settings: RuleSettingsService,
    private readonly planning: AfgsuPlanning,
  ) {}

  async dueOn(today: string): Promise<DueReminder[]> {
    const due = await this.remindersOf(today, null);
    if (due.length === 0) return [];
    const staff = await accountRecipients(this.db.tx, STAFF_ROLES);
    return due.flatMap(({ reminder, trainee, sessionName }) => this.describe(reminder, trainee, sessionName, staff));
  }

  /** Due on its day, or the next morning when the quiet hours held it; the attestation or session still as it was. */
  async stillDue(key: string, today: string): Promise<boolean> {
    const traineeId = await this.traineeOf(key);
    if (!traineeId) return false;
    for (const day of [today, addDays(today, -1)]) {
      if ((await this.remindersOf(day, traineeId)).some((d) => d.reminder.key === key)) return true;
    }
    return false;
  }

  /** The trainee of a key: `afgsu-expiring:<attestationId>:<days>`, `afgsu-expired:<attestationId>`, `afgsu-session:<sessionId>:<traineeId>`. */
  private async traineeOf(key: string): Promise<string | null> {
    const [kind, id, traineeId] = key.split(':');
    if (kind === 'afgsu-session') return traineeId ?? null;
    const [row]: { trainee_id: string }[] = await this.db.tx.query(`SELECT trainee_id FROM afgsu_attestations WHERE id = $1`, [id]);
    return row?.trainee_id ?? null;
  }

  private async remindersOf(
    today: string,
    onlyTraineeId: string | null,
  ): Promise<{ reminder: AfgsuReminderDue; trainee: TraineeRow; sessionName: Map<string, string> }[]> {
    const tomorrow = addDays(today, 1);
    const trainees: TraineeRow[] = await this.db.tx.query(
      `SELECT t.id, t.account_id, t.email, t.first_name || ' ' || t.last_name AS name, c.version_id
         FROM trainees t JOIN cohorts c ON c.id = t.cohort_id
        WHERE t.status = 'active' AND ($3::uuid IS NULL OR t.id = $3::uuid)
          AND (EXISTS (SELECT 1 FROM afgsu_attestations a WHERE a.trainee_id = t.id AND a.verified AND a.expires_on = ANY($1::date[]))
            OR EXISTS (SELECT 1 FROM afgsu_participants p JOIN afgsu_sessions s ON s.id = p.session_id
                        WHERE p.trainee_id = t.id AND p.attendance <> 'absent' AND s.starts_on = $2::date))`,
      [afgsuExpiryDatesDueOn(today), tomorrow, onlyTraineeId],
    );
    if (trainees.length === 0) return [];
    const ids = trainees.map((t) => t.id);
    const records = await this.db.tx.createQueryBuilder(AfgsuAttestationRecord, 'a').where('a.trainee_id = ANY(:ids)', { ids }).getMany();
    const attestations = new Map<string, AfgsuAttestation[]>();
    for (const r of records) attestations.set(r.traineeId, [...(attestations.get(r.traineeId) ?? []), toRule(r)]);
    const planned = await this.planning.plannedSessions(ids, today);
    const sessions: { id: string; cesu_name: string }[] = await this.db.tx.query(
      `SELECT id, cesu_name FROM afgsu_sessions WHERE starts_on = $1::date`,
      [tomorrow],
    );
    const sessionName = new Map(sessions.map((s) => [s.id, s.cesu_name]));
    const rules = new Map<string, RuleSettings>();
    for (const versionId of new Set(trainees.map((t) => t.version_id))) rules.set(versionId, await this.settings.settingsFor(versionId));
    return trainees.flatMap((trainee) =>
      remindersDueOn(
        afgsuReminderDueDates(attestations.get(trainee.id) ?? [], planned.get(trainee.id) ?? [], rules.get(trainee.version_id)!),
        today,
      ).map((reminder) => ({
        // One session reminder per participant: the key names the trainee.
        reminder: reminder.kind === 'afgsu_session_tomorrow' ? { ...reminder, key: `${reminder.key}:${trainee.id}` } : reminder,
        trainee,
        sessionName,
      })),
    );
  }

  private describe(reminder: AfgsuReminderDue, t: TraineeRow, sessionName: Map<string, string>, staff: ReminderRecipient[]): DueReminder[] {
    const kind = afgsuCatalogueKind(reminder);
    const trainee: ReminderRecipient = { accountId: t.account_id, email: t.email, name: t.name };
    const base = { kind, key: reminder.key };
    if (reminder.kind === 'afgsu_session_tomorrow') {
      const sessionId = reminder.key.split(':')[1];
      const cesu = sessionName.get(sessionId);
      return [
        {
          ...base,
          recipients: [trainee],
          subject: 'Votre formation AFGSU commence demain',
          text: `Votre formation AFGSU${cesu ? ` avec le ${cesu}` : ''} commence demain : pensez à votre pièce d’identité et à une tenue confortable.`,
          linkPath: '/',
        },
      ];
    }
    const expiresOn =
      reminder.kind === 'afgsu_expired' ? addDays(reminder.dueOn, -1) : addDays(reminder.dueOn, reminder.thresholdDays ?? 0);
    const mine =
      reminder.kind === 'afgsu_expired'
        ? `Votre attestation AFGSU a expiré le ${frenchDate(expiresOn)} (dernier jour de validité). Sans AFGSU valide, le CQP ne peut pas être délivré : une nouvelle formation initiale est nécessaire.`
        : `Votre attestation AFGSU est valable jusqu’au ${frenchDate(expiresOn)} (dans ${reminder.thresholdDays} jours). Une remise à niveau suivie avant cette date la prolonge de quatre ans.`;
    const theirs =
      reminder.kind === 'afgsu_expired'
        ? `L’attestation AFGSU de ${t.name} a expiré le ${frenchDate(expiresOn)}. Sans AFGSU valide, le CQP ne peut pas lui être délivré.`
        : `L’attestation AFGSU de ${t.name} est valable jusqu’au ${frenchDate(expiresOn)} (dans ${reminder.thresholdDays} jours) : prévoyez une remise à niveau avant cette date.`;
    const subject = (who: 'Votre' | 'L’') =>
      `${who}${who === 'Votre' ? ' ' : ''}AFGSU ${reminder.kind === 'afgsu_expired' ? 'a expiré' : `expire dans ${reminder.thresholdDays} jours`}`;
    return [
      { ...base, recipients: [trainee], subject: subject('Votre'), text: mine, linkPath: '/' },
      { ...base, recipients: staff, subject: `${subject('L’')} – ${t.name}`, text: theirs, linkPath: `/trainees/${t.id}/show/afgsu` },
    ].filter((r) => r.recipients.length > 0);
  }
}
