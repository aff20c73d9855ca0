import { Role } from '../accounts/role';

const ROLE_LABELS: Record<Role, string> = {
  [Role.PlatformAdmin]: 'administrateur de la plateforme',
  [Role.SchoolAdmin]: "direction de l'école",
  [Role.Staff]: 'équipe pédagogique / secrétariat',
  [Role.Trainer]: 'formateur',
  [Role.Trainee]: 'stagiaire',
  [Role.Tutor]: 'tuteur',
};

const parisDateTime = (d: Date) =>
  new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Paris' }).format(d);

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

/** A short e-mail: paragraphs, the one link before the last paragraph (text and HTML). */
export function render(subject: string, paragraphs: string[], link: { url: string; label: string }): RenderedMail {
  const text = [...paragraphs.slice(0, -1), `${link.label} : ${link.url}`, paragraphs[paragraphs.length - 1]].join('\n\n');
  const html = [
    ...paragraphs.slice(0, -1).map((p) => `<p>${escapeHtml(p)}</p>`),
    `<p><a href="${escapeHtml(link.url)}">${escapeHtml(link.label)}</a></p>`,
    `<p>${escapeHtml(paragraphs[paragraphs.length - 1])}</p>`,
  ].join('\n');
  return { subject, text, html };
}

export function invitationMail(p: { fullName: string; role: Role; schoolName: string | null; url: string; expiresAt: Date }): RenderedMail {
  const where = p.schoolName ? ` pour ${p.schoolName}` : '';
  return render(
    `Activez votre compte – ${p.schoolName ?? 'CQP Assistant médical'}`,
    [
      `Bonjour ${p.fullName},`,
      `Un compte a été créé pour vous sur la plateforme CQP Assistant médical${where} (rôle : ${ROLE_LABELS[p.role]}). Pour l'activer, choisissez votre mot de passe en suivant le lien ci-dessous.`,
      `Ce lien est personnel, ne sert qu'une fois et reste valable jusqu'au ${parisDateTime(p.expiresAt)}. Si vous n'attendiez pas cette invitation, ignorez ce message.`,
    ],
    { url: p.url, label: 'Activer mon compte' },
  );
}

export function passwordResetMail(p: { fullName: string; url: string; expiresAt: Date }): RenderedMail {
  return render(
    'Réinitialisation de votre mot de passe – CQP Assistant médical',
    [
      `Bonjour ${p.fullName},`,
      'Vous avez demandé à réinitialiser votre mot de passe. Suivez le lien ci-dessous pour en choisir un nouveau.',
      `Ce lien ne sert qu'une fois et reste valable jusqu'au ${parisDateTime(p.expiresAt)}. Si vous n'êtes pas à l'origine de cette demande, ignorez ce message : votre mot de passe reste inchangé.`,
    ],
    { url: p.url, label: 'Choisir un nouveau mot de passe' },
  );
}
