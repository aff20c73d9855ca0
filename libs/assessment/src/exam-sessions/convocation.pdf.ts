import { PdfDocument } from '@app/platform';
import { frenchDate } from '@app/platform/time/date-labels';
import { Letterhead, table, withLetterhead } from '../documents/pdf/letterhead';

/** What a convocation prints. */
export interface ConvocationData {
  school: Letterhead;
  traineeName: string;
  sessionName: string;
  date: string;
  startTime: string;
  place: string;
  blockCode: string;
  blockTitle: string;
  attemptNumber: number;
  epreuves: { label: string; maxMark: number }[];
}

/** A trainee's convocation to sit a block at an exam session (the first attempt, or a retake). */
export function convocationPdf(d: ConvocationData): PdfDocument {
  return withLetterhead(d.school, 'Convocation à une session d’examen', [
    `${d.traineeName},`,
    {
      text: `vous êtes convoqué(e) à la session d’examen « ${d.sessionName} » le ${frenchDate(d.date)} à ${d.startTime.replace(':', ' h ')}, ${d.place}, pour le bloc ${d.blockCode} – ${d.blockTitle}${d.attemptNumber > 1 ? ` (passage n° ${d.attemptNumber}, rattrapage)` : ''}.`,
      margin: [0, 8, 0, 8],
    },
    table(
      ['Épreuve', 'Notée sur'],
      d.epreuves.map((e) => [e.label, String(e.maxMark).replace('.', ',')]),
      ['*', 'auto'],
    ),
    'Présentez-vous quinze minutes avant le début avec une pièce d’identité en cours de validité. En cas d’empêchement, prévenez l’école au plus tôt.',
  ]);
}
