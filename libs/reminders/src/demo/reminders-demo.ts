import { EntityManager, In } from 'typeorm';
import { Account } from '@app/platform';
import { addDays } from '@app/platform/time/calendar';
import { parisDate, parisInstant } from '@app/platform/time/paris-time';
import { Notification } from '../notifications/notification.entity';
import { notificationKey, ReminderChannel, ReminderKind } from '../rules/reminder-catalogue';

interface DemoNotification {
  kind: ReminderKind;
  to: string;
  channel: ReminderChannel;
  /** Days from today (negative: past) and the Paris time it is (was) sent. */
  day: number;
  time: string;
  status: Notification['status'];
  subject: string;
  text: string;
  linkPath: string;
  read?: boolean;
  lastError?: string;
}

const TRAINEE = 'stagiaire@demo.cqp.local';
const STAFF = 'secretariat@demo.cqp.local';
const DIRECTION = 'direction@demo.cqp.local';

const DEMO: DemoNotification[] = [
  {
    kind: 'course_session_tomorrow',
    to: TRAINEE,
    channel: 'in_app',
    day: -1,
    time: '17:00',
    status: 'sent',
    subject: 'Séance de formation demain',
    text: 'Séance « Accueil et prise en charge administrative » demain de 9 h à 12 h 30, salle 2.',
    linkPath: '/mon-planning',
  },
  {
    kind: 'attendance_unsigned',
    to: TRAINEE,
    channel: 'in_app',
    day: -2,
    time: '18:00',
    status: 'sent',
    subject: 'Feuille d’émargement non signée',
    text: 'Vous n’avez pas signé la feuille d’émargement de la séance de ce matin : signez-la avant la fin de la fenêtre de signature.',
    linkPath: '/',
  },
  {
    kind: 'course_session_tomorrow',
    to: TRAINEE,
    channel: 'in_app',
    day: -8,
    time: '17:00',
    status: 'sent',
    subject: 'Séance de formation demain',
    text: 'Séance « Hygiène et qualité » demain de 13 h 30 à 17 h, salle 1.',
    linkPath: '/mon-planning',
    read: true,
  },
  {
    kind: 'convention_unsigned',
    to: STAFF,
    channel: 'in_app',
    day: -1,
    time: '09:00',
    status: 'sent',
    subject: 'Convention de stage non signée',
    text: 'Le stage qui commence la semaine prochaine n’a pas encore de convention signée par toutes les parties.',
    linkPath: '/tableau-des-stages',
  },
  {
    kind: 'evaluation_late',
    to: STAFF,
    channel: 'email',
    day: -3,
    time: '09:00',
    status: 'failed',
    subject: 'Évaluation du stagiaire en retard',
    text: 'L’évaluation du tuteur était attendue il y a 7 jours et n’a pas encore été transmise.',
    linkPath: '/tableau-des-stages',
    lastError: 'Connexion au serveur SMTP refusée (ECONNREFUSED)',
  },
  {
    kind: 'bpf_report',
    to: DIRECTION,
    channel: 'email',
    day: 1,
    time: '09:00',
    status: 'scheduled',
    subject: 'Bilan pédagogique et financier à transmettre avant le 31 mai',
    text: 'Le bilan pédagogique et financier de l’an dernier est à transmettre avant le 31 mai.',
    linkPath: '/etablissement',
  },
];

/**
 * Demo notifications of the demo school, for the notification centre and « Relances »: unread reminders of the demo
 * trainee, one of the staff, a failed e-mail to send again and one scheduled for tomorrow. Seeding again restores them
 * (unread, failed) under their fixed keys; the real ones come from the daily sweep.
 */
export async function seedRemindersDemo(m: EntityManager, schoolId: string): Promise<void> {
  const accounts = await m.find(Account, { where: { schoolId, email: In([TRAINEE, STAFF, DIRECTION]) } });
  const byEmail = new Map(accounts.map((a) => [a.email, a]));
  const today = parisDate(new Date());
  const rows = DEMO.flatMap((d) => {
    const account = byEmail.get(d.to);
    if (!account) return [];
    const at = parisInstant(addDays(today, d.day), d.time);
    const sent = d.status === 'sent';
    return [
      {
        schoolId,
        key: notificationKey(`demo-${d.kind}:${d.day}`, d.channel === 'in_app' ? account.id : account.email, d.channel),
        reminderKey: `demo-${d.kind}:${d.day}`,
        kind: d.kind,
        channel: d.channel,
        recipientAccountId: account.id,
        recipientEmail: account.email,
        recipientName: account.fullName,
        subject: d.subject,
        text: d.text,
        linkPath: d.linkPath,
        dueOn: parisDate(at),
        sendAt: at,
        status: d.status,
        attempts: sent ? 1 : d.status === 'failed' ? 5 : 0,
        lastError: d.lastError ?? null,
        sentAt: sent ? at : null,
        readAt: d.read ? at : null,
      },
    ];
  });
  if (rows.length > 0) await m.upsert(Notification, rows, ['key']);
}
