import { PdfDocument } from '@app/platform';
import { frenchDate } from '@app/platform/time/date-labels';
import { parisDate } from '@app/platform/time/paris-time';

/** The frame every generated document shares: the school's letterhead, a title, the issue line and signature block. */
export function withLetterhead(schoolName: string, title: string, content: unknown[], signer = 'La direction'): PdfDocument {
  const today = frenchDate(parisDate(new Date()));
  return {
    info: { title },
    pageSize: 'A4',
    pageMargins: [50, 60, 50, 60],
    content: [
      { text: schoolName, style: 'school' },
      { text: 'Organisme de formation habilité par la CPNEFP des cabinets médicaux', style: 'small' },
      { text: title, style: 'title' },
      ...content,
      { text: `Fait le ${today}.`, margin: [0, 24, 0, 4] },
      { text: signer, bold: true },
    ],
    footer: (page: number, pages: number) => ({
      text: `${schoolName} – page ${page} sur ${pages}`,
      alignment: 'center',
      style: 'small',
      margin: [0, 20, 0, 0],
    }),
    styles: {
      school: { fontSize: 14, bold: true, color: '#0b5345' },
      small: { fontSize: 8, color: '#666' },
      title: { fontSize: 16, bold: true, alignment: 'center', margin: [0, 24, 0, 16] },
      head: { bold: true, fillColor: '#eef3f2' },
    },
  };
}

/** A two-decimal-free table with a bold header row. */
export function table(header: string[], rows: string[][], widths: (string | number)[]): unknown {
  return {
    table: { headerRows: 1, widths, body: [header.map((h) => ({ text: h, style: 'head' })), ...rows] },
    layout: 'lightHorizontalLines',
    margin: [0, 8, 0, 8],
  };
}
