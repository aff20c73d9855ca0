import { PdfDocument } from '@app/platform';
import { frenchDate } from '@app/platform/time/date-labels';
import { parisDate } from '@app/platform/time/paris-time';

/** The school as its documents print it (letterhead). */
export interface Letterhead {
  name: string;
  address: string | null;
  siret: string | null;
  activityNumber: string | null;
  signatory: string | null;
}

/** The letterhead of a school row (its profile fields). */
export function letterheadOf(s: Letterhead): Letterhead {
  return { name: s.name, address: s.address, siret: s.siret, activityNumber: s.activityNumber, signatory: s.signatory };
}

const siretLabel = (siret: string) => `${siret.slice(0, 3)} ${siret.slice(3, 6)} ${siret.slice(6, 9)} ${siret.slice(9)}`;

/**
 * The frame every generated document shares: the school's letterhead (name, address, SIRET, numéro de déclaration
 * d'activité), a title, the issue line and the signature block (the school's signatory unless `signer` is given).
 */
export function withLetterhead(school: Letterhead, title: string, content: unknown[], signer?: string): PdfDocument {
  const today = frenchDate(parisDate(new Date()));
  const identity = [
    school.address,
    school.siret && `SIRET ${siretLabel(school.siret)}`,
    school.activityNumber && `Déclaration d’activité n° ${school.activityNumber}`,
  ].filter(Boolean);
  const schoolName = school.name;
  return {
    info: { title },
    pageSize: 'A4',
    pageMargins: [50, 60, 50, 60],
    content: [
      { text: schoolName, style: 'school' },
      ...(identity.length ? [{ text: identity.join(' – '), style: 'small' }] : []),
      { text: 'Organisme de formation habilité par la CPNEFP des cabinets médicaux', style: 'small' },
      { text: title, style: 'title' },
      ...content,
      { text: `Fait le ${today}.`, margin: [0, 24, 0, 4] },
      { text: signer ?? school.signatory ?? 'La direction', bold: true },
    ],
    footer: pageFooter(schoolName),
    styles: { ...DOCUMENT_STYLES, title: { ...DOCUMENT_STYLES.title, margin: [0, 24, 0, 16] } },
  };
}

/** The styles every generated document uses (school name, small print, title, sections, articles, table heads). */
export const DOCUMENT_STYLES = {
  school: { fontSize: 14, bold: true, color: '#0b5345' },
  small: { fontSize: 8, color: '#666' },
  title: { fontSize: 16, bold: true, alignment: 'center', margin: [0, 20, 0, 12] },
  section: { fontSize: 12, bold: true, color: '#0b5345', margin: [0, 14, 0, 4] },
  article: { bold: true, margin: [0, 10, 0, 2] },
  head: { bold: true, fillColor: '#eef3f2' },
};

/** The footer of every page: `label` and « page n sur N », centred in small print. */
export function pageFooter(label: string): (page: number, pages: number) => unknown {
  return (page, pages) => ({ text: `${label} – page ${page} sur ${pages}`, alignment: 'center', style: 'small', margin: [0, 20, 0, 0] });
}

/** A two-decimal-free table with a bold header row. */
export function table(header: string[], rows: string[][], widths: (string | number)[]): unknown {
  return {
    table: { headerRows: 1, widths, body: [header.map((h) => ({ text: h, style: 'head' })), ...rows] },
    layout: 'lightHorizontalLines',
    margin: [0, 8, 0, 8],
  };
}
