/** Every reminder the product sends, one kind per rule. */
export const REMINDER_KINDS = [
  'application_documents_missing',
  'interview_tomorrow',
  'course_session_tomorrow',
  'attendance_unsigned',
  'absence_rate_exceeded',
  'afgsu_expiring_90',
  'afgsu_expiring_30',
  'afgsu_expired',
  'afgsu_session_tomorrow',
  'convention_unsigned',
  'placement_starts',
  'evaluation_due',
  'evaluation_late',
  'retake_open',
  'hire_deadline_training_start',
  'hire_deadline_qualification',
  'bpf_report',
] as const;

export type ReminderKind = (typeof REMINDER_KINDS)[number];

/** Who receives a reminder. */
export type ReminderAudience = 'candidate' | 'trainee' | 'trainer' | 'tutor' | 'staff' | 'school_admin' | 'interviewer' | 'signatory';

export type ReminderChannel = 'email' | 'in_app';

/** The audiences an account of each role belongs to (a trainee signs conventions; staff interview and sign for the school). */
export const ROLE_AUDIENCES: Readonly<Record<string, readonly ReminderAudience[]>> = {
  school_admin: ['school_admin', 'staff', 'interviewer', 'signatory'],
  staff: ['staff', 'interviewer', 'signatory'],
  trainer: ['trainer', 'interviewer'],
  trainee: ['trainee', 'signatory'],
  tutor: ['tutor'],
};

/** The kinds an account of `role` may receive, in catalogue order (none for a role of no school). */
export function kindsForRole(role: string): ReminderKind[] {
  const audiences = ROLE_AUDIENCES[role] ?? [];
  return REMINDER_RULES.filter((r) => r.audience.some((a) => audiences.includes(a))).map((r) => r.kind);
}

/**
 * One reminder rule: who receives it, the Europe/Paris time it is sent on its due day (event-driven ones are sent
 * when the event is created if later), its channels, whether people may mute it, and its French title (the template's
 * subject; the body is built by the area that owns the data).
 */
export interface ReminderRule {
  kind: ReminderKind;
  audience: readonly ReminderAudience[];
  localTime: string;
  channels: readonly ReminderChannel[];
  /** A mandatory reminder cannot be muted (it carries a legal or certification deadline). */
  mandatory: boolean;
  title: string;
  /** When it is due, in words (shown to staff and in the preferences). */
  when: string;
}

const both: readonly ReminderChannel[] = ['email', 'in_app'];

/** The catalogue, in REMINDER_KINDS order. */
export const REMINDER_RULES: readonly ReminderRule[] = [
  {
    kind: 'application_documents_missing',
    audience: ['candidate'],
    localTime: '09:00',
    channels: ['email'],
    mandatory: true,
    title: 'Pièces manquantes dans votre dossier de candidature',
    when: '3 et 10 jours après l’envoi du dossier',
  },
  {
    kind: 'interview_tomorrow',
    audience: ['candidate', 'interviewer'],
    localTime: '09:00',
    channels: both,
    mandatory: true,
    title: 'Votre entretien a lieu demain',
    when: 'la veille de l’entretien',
  },
  {
    kind: 'course_session_tomorrow',
    audience: ['trainee', 'trainer'],
    localTime: '17:00',
    channels: both,
    mandatory: false,
    title: 'Séance de formation demain',
    when: 'la veille de la séance',
  },
  {
    kind: 'attendance_unsigned',
    audience: ['trainee'],
    localTime: '18:00',
    channels: both,
    mandatory: true,
    title: 'Feuille d’émargement non signée',
    when: 'à la fin de la fenêtre de signature',
  },
  {
    kind: 'absence_rate_exceeded',
    audience: ['trainee', 'staff'],
    localTime: '09:00',
    channels: both,
    mandatory: true,
    title: 'Taux d’absence dépassé',
    when: 'le jour où le seuil est franchi',
  },
  {
    kind: 'afgsu_expiring_90',
    audience: ['trainee', 'staff'],
    localTime: '09:00',
    channels: both,
    mandatory: false,
    title: 'Votre AFGSU expire dans 90 jours',
    when: '90 jours avant l’expiration',
  },
  {
    kind: 'afgsu_expiring_30',
    audience: ['trainee', 'staff'],
    localTime: '09:00',
    channels: both,
    mandatory: true,
    title: 'Votre AFGSU expire dans 30 jours',
    when: '30 jours avant l’expiration',
  },
  {
    kind: 'afgsu_expired',
    audience: ['trainee', 'staff'],
    localTime: '09:00',
    channels: both,
    mandatory: true,
    title: 'Votre AFGSU a expiré',
    when: 'le premier jour d’expiration',
  },
  {
    kind: 'afgsu_session_tomorrow',
    audience: ['trainee'],
    localTime: '17:00',
    channels: both,
    mandatory: false,
    title: 'Formation AFGSU demain',
    when: 'la veille de la session',
  },
  {
    kind: 'convention_unsigned',
    audience: ['staff', 'signatory'],
    localTime: '09:00',
    channels: both,
    mandatory: true,
    title: 'Convention de stage non signée',
    when: '7 jours avant le début du stage',
  },
  {
    kind: 'placement_starts',
    audience: ['trainee', 'tutor'],
    localTime: '17:00',
    channels: both,
    mandatory: false,
    title: 'Votre stage commence demain',
    when: 'la veille du début du stage',
  },
  {
    kind: 'evaluation_due',
    audience: ['tutor'],
    localTime: '09:00',
    channels: ['email'],
    mandatory: true,
    title: 'Évaluation du stagiaire à remplir',
    when: 'à la date prévue de l’évaluation',
  },
  {
    kind: 'evaluation_late',
    audience: ['tutor', 'staff'],
    localTime: '09:00',
    channels: both,
    mandatory: true,
    title: 'Évaluation du stagiaire en retard',
    when: '7 jours après la date prévue',
  },
  {
    kind: 'retake_open',
    audience: ['trainee'],
    localTime: '09:00',
    channels: both,
    mandatory: true,
    title: 'Une session de rattrapage est ouverte',
    when: 'à l’ouverture de la session de rattrapage',
  },
  {
    kind: 'hire_deadline_training_start',
    audience: ['trainee', 'staff'],
    localTime: '09:00',
    channels: both,
    mandatory: true,
    title: 'Échéance d’entrée en formation',
    when: '60 jours avant l’échéance',
  },
  {
    kind: 'hire_deadline_qualification',
    audience: ['trainee', 'staff'],
    localTime: '09:00',
    channels: both,
    mandatory: true,
    title: 'Échéance d’obtention de la qualification',
    when: '60 jours avant l’échéance',
  },
  {
    kind: 'bpf_report',
    audience: ['school_admin'],
    localTime: '09:00',
    channels: both,
    mandatory: true,
    title: 'Bilan pédagogique et financier à transmettre avant le 31 mai',
    when: 'le 2 mai et le 24 mai',
  },
];

/** The rule of `kind`. Throws a RangeError on an unknown kind. */
export function reminderRule(kind: string): ReminderRule {
  const rule = REMINDER_RULES.find((r) => r.kind === kind);
  if (!rule) throw new RangeError(`Type de relance inconnu : « ${kind} ».`);
  return rule;
}

/**
 * Whether a person may mute `kinds`: refused with the mandatory ones listed (they carry a deadline nobody may miss).
 * Throws a RangeError on an unknown kind.
 */
export function checkMute(
  kinds: readonly string[],
): { ok: true } | { ok: false; code: 'REMINDER_MANDATORY'; kinds: ReminderKind[]; message: string } {
  const mandatory = kinds
    .map(reminderRule)
    .filter((r) => r.mandatory)
    .map((r) => r.kind);
  if (mandatory.length === 0) return { ok: true };
  const titles = mandatory.map((k) => `« ${reminderRule(k).title} »`).join(', ');
  return {
    ok: false,
    code: 'REMINDER_MANDATORY',
    kinds: mandatory,
    message: `Ces rappels sont obligatoires et ne peuvent pas être désactivés : ${titles}.`,
  };
}

/**
 * The unique key of one notification: the reminder's deterministic key (the area's, e.g. `afgsu-expiring-30:<id>`),
 * its recipient and its channel. Written before sending, it makes a retry or a second sweep a no-op.
 */
export function notificationKey(reminderKey: string, recipientId: string, channel: ReminderChannel): string {
  if (reminderKey.trim() === '' || recipientId.trim() === '') throw new RangeError('Clé de notification incomplète.');
  return `${reminderKey}|${recipientId}|${channel}`;
}
