import { PdfDocument } from '@app/platform';
import { frenchDate } from '@app/platform/time/date-labels';
import { DOCUMENT_STYLES, pageFooter, table } from '@app/assessment/documents/pdf/letterhead';
import { CONVENTION_PARTIES, CONVENTION_PARTY_LABELS, ConventionParty } from '../rules/convention.rules';
import type { ConventionContent } from './convention-content';

/** A signature as the certificate lists it. */
export interface CertifiedSignature {
  party: ConventionParty;
  signerName: string;
  signedAt: Date;
  ip: string;
  userAgent: string;
  contentHash: string;
}

const TYPE_LABELS = { stage: 'Stage', alternance: 'Période en entreprise (alternance)' } as const;

/** Date and time to the second, Europe/Paris (« 29/11/2026 21:45:12 »). */
export const parisDateTime = (d: Date) =>
  new Intl.DateTimeFormat('fr-FR', { dateStyle: 'short', timeStyle: 'medium', timeZone: 'Europe/Paris' }).format(d);

const siretLabel = (siret: string | null) => (siret ? `SIRET ${siret.replace(/^(\d{3})(\d{3})(\d{3})(\d{5})$/, '$1 $2 $3 $4')}` : null);
const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const lines = (...parts: (string | null | false)[]) => parts.filter(Boolean).join('\n');

/** The heading line of a version: the convention itself, or an avenant to the signed version before it. */
export function versionLabel(c: Pick<ConventionContent, 'version' | 'amends'>): string {
  return c.amends
    ? `Avenant n° ${c.version - 1} à la convention signée le ${frenchDate(c.amends.signedAt.slice(0, 10))} (version ${c.version})`
    : `Version ${c.version}`;
}

/** The convention as sent for signature: the three parties, the tutor, the placement, its objectives and the articles. */
export function conventionPdf(c: ConventionContent, extra: unknown[] = []): PdfDocument {
  const { school, host, trainee, tutor, placement } = c;
  const party = (label: string, body: string) => [
    { text: label, bold: true, margin: [0, 6, 0, 0] },
    { text: body, margin: [12, 0, 0, 0] },
  ];
  return {
    info: { title: `${c.title} – ${trainee.name}` },
    pageSize: 'A4',
    pageMargins: [50, 60, 50, 60],
    content: [
      { text: school.name, style: 'school' },
      {
        text: [school.address, siretLabel(school.siret), school.activityNumber && `Déclaration d’activité n° ${school.activityNumber}`]
          .filter(Boolean)
          .join(' – '),
        style: 'small',
      },
      { text: c.title, style: 'title' },
      { text: versionLabel(c), alignment: 'center', margin: [0, -8, 0, 12] },
      { text: 'Entre les soussignés', style: 'section' },
      ...party(
        'L’organisme de formation',
        lines(
          school.name,
          school.address,
          siretLabel(school.siret),
          school.activityNumber && `Déclaration d’activité n° ${school.activityNumber}`,
          `Représenté par ${school.signatory ?? '—'}`,
        ),
      ),
      ...party(
        'Le lieu de stage',
        lines(
          host.name,
          host.address,
          siretLabel(host.siret),
          `Représenté par ${host.representative.name}${host.representative.role ? `, ${host.representative.role}` : ''}`,
        ),
      ),
      ...party('Le stagiaire', lines(trainee.name, trainee.email)),
      { text: 'Tuteur et stage', style: 'section' },
      {
        text: lines(
          `Tuteur : ${tutor.name}${tutor.role ? ` (${tutor.role})` : ''} – ${tutor.email}${tutor.phone ? ` – ${tutor.phone}` : ''}`,
          `${TYPE_LABELS[placement.type]} du ${frenchDate(placement.startOn)} au ${frenchDate(placement.endOn)}, ${placement.plannedHours} heures prévues.`,
        ),
      },
      ...(c.objectives.length
        ? [
            { text: 'Objectifs par bloc de compétences', style: 'section' },
            table(
              ['Bloc', 'Objectifs'],
              c.objectives.map((o) => [`${o.blockCode} – ${o.blockTitle}`, o.text]),
              [150, '*'],
            ),
          ]
        : []),
      ...c.articles.flatMap((a) => [
        { text: a.heading, style: 'article' },
        { text: a.body, alignment: 'justify' },
      ]),
      { text: 'Signatures', style: 'section' },
      {
        columns: CONVENTION_PARTIES.map((p) => ({
          text: [{ text: `Pour ${CONVENTION_PARTY_LABELS[p]}\n`, bold: true }, signerOf(c, p), '\nSignature électronique'],
          fontSize: 9,
        })),
        columnGap: 12,
      },
      ...extra,
    ],
    footer: pageFooter(`${school.name} – ${c.title} – ${trainee.name} – version ${c.version}`),
    styles: DOCUMENT_STYLES,
  };
}

/** The signed convention: the same pages, then a « Certificat de signature » page listing each signature. */
export function signedConventionPdf(c: ConventionContent, contentHash: string, signatures: CertifiedSignature[]): PdfDocument {
  const certificate = [
    { text: 'Certificat de signature', style: 'title', pageBreak: 'before' },
    {
      text:
        `La présente convention (${versionLabel(c).toLowerCase()}) a été signée électroniquement par les trois parties, chacune au ` +
        'moyen d’un lien personnel envoyé par e-mail. Chaque signature porte sur le contenu dont l’empreinte SHA-256 est :',
    },
    { text: contentHash, fontSize: 8, margin: [0, 6, 0, 6] },
    table(
      ['Partie', 'Signataire', 'Date et heure (Europe/Paris)', 'Adresse IP', 'Navigateur'],
      signatures.map((s) => [capitalized(CONVENTION_PARTY_LABELS[s.party]), s.signerName, parisDateTime(s.signedAt), s.ip, s.userAgent]),
      [70, 80, 75, 65, '*'],
    ),
    ...signatures.map((s) => ({ text: `Empreinte signée par ${CONVENTION_PARTY_LABELS[s.party]} : ${s.contentHash}`, fontSize: 7 })),
  ];
  return conventionPdf(c, certificate);
}

function signerOf(c: ConventionContent, party: ConventionParty): string {
  if (party === 'school') return c.school.signatory ?? c.school.name;
  if (party === 'host') return c.host.representative.name;
  return c.trainee.name;
}
