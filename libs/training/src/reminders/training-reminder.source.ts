import { Injectable } from '@nestjs/common';
import { Db } from '@app/platform';
import { accountRecipients, STAFF_ROLES } from '@app/platform/reminders/reminder-recipients';
import type { DueReminder, ReminderSource } from '@app/platform/reminders/reminder-source';
import { addDays } from '@app/platform/time/calendar';
import { frenchDate } from '@app/platform/time/date-labels';
import { RuleSettings, RuleSettingsService } from '@app/referential';
import { absenceCrossingDue, attendanceUnsignedDue, sessionsTomorrow } from '../rules/training-reminders.rules';
import { AbsenceFacts, PersonSession, TrainingReminderFacts, UnsignedLine } from './training-reminder-facts.repository';

const KINDS = ['course_session_tomorrow', 'attendance_unsigned', 'absence_rate_exceeded'] as const;

const percent = (rate: number) => `${(Math.round(rate * 1000) / 10).toLocaleString('fr-FR')} %`;
const hours = (s: { startTime: string; endTime: string }) => `${s.startTime.replace(':', ' h ')}–${s.endTime.replace(':', ' h ')}`;

/**
 * The training reminders of a day: tomorrow's sessions (each trainee expected there and each trainer, one reminder per
 * person listing their sessions), a line marked present but not signed once the sheet closed (the trainee), and an
 * absence rate that crossed the threshold yesterday (the trainee and the staff). Decided by
 * rules/training-reminders.rules.ts over TrainingReminderFacts (one statement per kind).
 */
@Injectable()
export class TrainingReminderSource implements ReminderSource {
  readonly kinds = KINDS;

  constructor(
    private readonly db: Db,
    private readonly facts: TrainingReminderFacts,
    private readonly settings: RuleSettingsService,
  ) {}

  async dueOn(today: string): Promise<DueReminder[]> {
    const sessions = await this.sessionsDue(today, null);
    const unsigned = await this.unsignedDue(today, null);
    const absences = await this.absencesDue(today, null);
    const staff = absences.length ? await accountRecipients(this.db.tx, STAFF_ROLES) : [];
    return [
      ...sessions.map(({ key, sessions: mine }) => this.sessionsReminder(key, mine)),
      ...unsigned.map(({ key, line }) => this.unsignedReminder(key, line)),
      ...absences.flatMap(({ key, rate, threshold, trainee }) => this.absenceReminders(key, rate, threshold, trainee, staff)),
    ];
  }

  /** Still due on its day, or the next morning when the quiet hours held it, the facts unchanged. */
  async stillDue(key: string, today: string): Promise<boolean> {
    const [kind, a, b] = key.split(':');
    for (const day of [today, addDays(today, -1)]) {
      const keys =
        kind === 'course-sessions-tomorrow'
          ? (await this.sessionsDue(day, a)).map((d) => d.key)
          : kind === 'attendance-unsigned'
            ? (await this.unsignedDue(day, { sessionId: a, traineeId: b })).map((d) => d.key)
            : (await this.absencesDue(day, a)).map((d) => d.key);
      if (keys.includes(key)) return true;
    }
    return false;
  }

  private async sessionsDue(today: string, onlyPersonId: string | null) {
    return sessionsTomorrow(await this.facts.sessionsOn(addDays(today, 1), onlyPersonId), today);
  }

  private async unsignedDue(today: string, only: { sessionId: string; traineeId: string } | null) {
    const lines = await this.facts.unsignedLines(addDays(today, -3), today, only);
    const rules = await this.rulesOf(lines.map((l) => l.versionId));
    return lines.flatMap((line) => {
      const r = rules.get(line.versionId)!;
      const window = { opensMinutesBefore: r.signingOpensMinutesBefore, closesMinutesAfter: r.signingClosesMinutesAfter };
      const due = attendanceUnsignedDue({ id: line.sessionId, ...line }, line, window, today);
      return due ? [{ key: due.key, line }] : [];
    });
  }

  private async absencesDue(today: string, onlyTraineeId: string | null) {
    const trainees = await this.facts.absences(today, onlyTraineeId);
    const rules = await this.rulesOf(trainees.map((t) => t.versionId));
    return trainees.flatMap((trainee) => {
      const threshold = rules.get(trainee.versionId)!.absenceThresholdPercent;
      const due = absenceCrossingDue(trainee, threshold, today);
      return due ? [{ ...due, threshold, trainee }] : [];
    });
  }

  private async rulesOf(versionIds: string[]): Promise<Map<string, RuleSettings>> {
    const rules = new Map<string, RuleSettings>();
    for (const id of new Set(versionIds)) rules.set(id, await this.settings.settingsFor(id));
    return rules;
  }

  private sessionsReminder(key: string, sessions: PersonSession[]): DueReminder {
    const [first] = sessions;
    const list = sessions.map((s) => `- ${hours(s)} : ${s.blockCode} ${s.blockTitle}${s.place ? ` (${s.place})` : ''}`).join('\n');
    const many = sessions.length > 1;
    return {
      kind: 'course_session_tomorrow',
      key,
      recipients: [{ accountId: first.accountId, email: first.email, name: first.name }],
      subject: `${many ? `${sessions.length} séances` : 'Séance'} de formation demain, ${frenchDate(first.date)}`,
      text: `${first.trainer ? 'Vous animez demain' : 'Vous avez demain'} ${many ? 'ces séances' : 'cette séance'} :\n${list}`,
      linkPath: first.trainer ? '/mes-seances' : '/mon-planning',
    };
  }

  private unsignedReminder(key: string, l: UnsignedLine): DueReminder {
    return {
      kind: 'attendance_unsigned',
      key,
      recipients: [{ accountId: l.accountId, email: l.email, name: l.name }],
      subject: `Émargement non signé : séance du ${frenchDate(l.date)}`,
      text:
        `Le formateur vous a noté(e) présent(e) à la séance du ${frenchDate(l.date)} (${hours(l)}, ${l.blockCode}), mais votre ` +
        `signature manque sur la feuille d’émargement, désormais close. Les heures non signées peuvent ne pas être prises en ` +
        `charge par le financeur : adressez-vous à l’équipe de l’école pour régulariser la feuille.`,
      linkPath: '/mon-planning',
    };
  }

  private absenceReminders(
    key: string,
    rate: number,
    threshold: number,
    t: AbsenceFacts,
    staff: { accountId: string | null; email: string; name: string }[],
  ): DueReminder[] {
    const base = { kind: 'absence_rate_exceeded', key };
    return [
      {
        ...base,
        recipients: [{ accountId: t.accountId, email: t.email, name: t.name }],
        subject: 'Votre taux d’absence dépasse le seuil de la formation',
        text:
          `Vos absences non justifiées représentent ${percent(rate)} des heures de formation écoulées, au-delà du seuil de ` +
          `${threshold} %. Si une absence est justifiée (arrêt de travail, convocation…), transmettez le justificatif à l’équipe de l’école.`,
        linkPath: '/',
      },
      {
        ...base,
        recipients: staff,
        subject: `Taux d’absence dépassé – ${t.name}`,
        text: `Les absences non justifiées de ${t.name} atteignent ${percent(rate)} des heures écoulées (seuil : ${threshold} %).`,
        linkPath: `/trainees/${t.id}/show`,
      },
    ].filter((r) => r.recipients.length > 0);
  }
}
