import { Injectable } from '@nestjs/common';
import { Db } from '@app/platform';
import { accountRecipients } from '@app/platform/reminders/reminder-recipients';
import type { DueReminder, ReminderSource } from '@app/platform/reminders/reminder-source';
import { frenchDate } from '@app/platform/time/date-labels';
import { bpfReminderDue } from '../rules/bpf-report.rules';

/**
 * The yearly training report (bilan pédagogique et financier) to send to the administration before 31 May: reminded to
 * the school's active administrators on 2 May and 24 May (bpfReminderDue).
 */
@Injectable()
export class BpfReportReminderSource implements ReminderSource {
  readonly kinds = ['bpf_report'] as const;

  constructor(private readonly db: Db) {}

  async dueOn(today: string): Promise<DueReminder[]> {
    const due = bpfReminderDue(today);
    if (!due) return [];
    const admins = await accountRecipients(this.db.tx, ['school_admin']);
    if (admins.length === 0) return [];
    const year = Number(today.slice(0, 4));
    return [
      {
        kind: 'bpf_report',
        key: due.key,
        recipients: admins,
        subject: `Bilan pédagogique et financier ${year - 1} à transmettre avant le ${frenchDate(due.deadline)}`,
        text:
          `Le bilan pédagogique et financier (BPF) de l’exercice ${year - 1} est à déclarer sur « Mon Activité Formation » ` +
          `au plus tard le ${frenchDate(due.deadline)} (dans ${due.daysLeft} jours). Les heures de formation et les ` +
          `stagiaires de l’année se retrouvent dans les tableaux de bord des sessions.`,
        linkPath: '/cohorts',
      },
    ];
  }

  stillDue(key: string, today: string): Promise<boolean> {
    // Sent on its day, or the next morning when held by the quiet hours.
    const year = key.split(':')[1];
    return Promise.resolve(today.startsWith(`${year}-`) && today <= `${year}-05-31`);
  }
}
