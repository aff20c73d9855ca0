import { render, RenderedMail } from '@app/platform/auth/auth.mails';
import { frenchDate } from '@app/platform/time/date-labels';

const parisDay = (d: Date) => new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'Europe/Paris' }).format(d);

/** The e-mail that sends a tutor the link to one evaluation: short, one link, two minutes from a phone. */
export function evaluationLinkMail(p: {
  tutorName: string;
  traineeName: string;
  hostSiteName: string;
  dueOn: string;
  url: string;
  expiresAt: Date;
  reopenReason: string | null;
}): RenderedMail {
  const reopened = p.reopenReason ? ` L’organisme de formation a rouvert votre évaluation : « ${p.reopenReason} ».` : '';
  return render(
    `Évaluation de stage de ${p.traineeName} – à remplir pour le ${frenchDate(p.dueOn)}`,
    [
      `Bonjour ${p.tutorName},`,
      `Merci d’évaluer le stage de ${p.traineeName} (${p.hostSiteName}) pour le ${frenchDate(p.dueOn)}.${reopened} Cela prend 2 minutes depuis votre téléphone, sans mot de passe.`,
      `Ce lien est personnel et reste valable jusqu’au ${parisDay(p.expiresAt)}.`,
    ],
    { url: p.url, label: 'Remplir l’évaluation' },
  );
}
