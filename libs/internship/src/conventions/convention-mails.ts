import { frenchDate } from '@app/platform/time/date-labels';
import { CONVENTION_PARTY_LABELS, ConventionParty } from '../rules/convention.rules';
import type { ConventionContent } from './convention-content';
import { parisDateTime, versionLabel } from './convention-pdf';

/** An e-mail's subject and text. */
export interface ConventionMail {
  subject: string;
  text: string;
}

const what = (c: ConventionContent) =>
  `la convention de stage de ${c.trainee.name} au sein de ${c.host.name}, du ${frenchDate(c.placement.startOn)} au ${frenchDate(c.placement.endOn)}`;

/** The e-mail asking one party to sign, with its personal link. */
export function signatureRequestMail(
  c: ConventionContent,
  p: { party: ConventionParty; name: string; url: string; expiresAt: Date },
): ConventionMail {
  return {
    subject: `Convention de stage à signer – ${c.trainee.name} (${versionLabel(c)})`,
    text: [
      `Bonjour ${p.name},`,
      `${c.school.name} vous invite à signer électroniquement ${what(c)} (${versionLabel(c).toLowerCase()}), en tant que représentant(e) de ${CONVENTION_PARTY_LABELS[p.party]}.`,
      `Lire et signer la convention : ${p.url}`,
      `Ce lien est personnel, sert une seule fois et reste valable jusqu’au ${parisDateTime(p.expiresAt)}. Il ne donne accès qu’à cette signature. Si vous pensez l’avoir reçu par erreur, ignorez ce message et prévenez ${c.school.name}.`,
    ].join('\n\n'),
  };
}

/** The e-mail telling a party the convention is signed by all three. */
export function conventionSignedMail(c: ConventionContent, name: string): ConventionMail {
  return {
    subject: `Convention de stage signée – ${c.trainee.name} (${versionLabel(c)})`,
    text: [
      `Bonjour ${name},`,
      `${what(c)[0].toUpperCase()}${what(c).slice(1)} (${versionLabel(c).toLowerCase()}) est désormais signée par les trois parties : l’organisme de formation, le lieu de stage et le stagiaire.`,
      `Le document signé, avec son certificat de signature, est conservé par ${c.school.name}, qui peut vous en remettre une copie.`,
    ].join('\n\n'),
  };
}
