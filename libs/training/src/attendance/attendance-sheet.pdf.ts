import { Injectable } from '@nestjs/common';
import { PdfRenderer } from '@app/platform';
import { frenchDate } from '@app/platform/time/date-labels';
import { parisDate, parisTime } from '@app/platform/time/paris-time';
import { durationLabel } from '../rules/duration-label';
import { AttendanceSheetResponse } from './dto/attendance.dto';

const STATUS_LABELS: Record<string, string> = { present: 'Présent(e)', late: 'En retard', absent: 'Absent(e)', excused: 'Absence excusée' };

const stamp = (d: Date | string | null) => (d ? `${frenchDate(parisDate(new Date(d)))} à ${parisTime(new Date(d))}` : '—');

/** The attendance sheet of a session as funders expect it: date, times, duration, module, trainer, each line. */
@Injectable()
export class AttendanceSheetPdf {
  constructor(private readonly pdf: PdfRenderer) {}

  render(sheet: AttendanceSheetResponse, schoolName: string): Promise<Buffer> {
    const s = sheet.session;
    const rows = sheet.lines.map((l) => [
      `${l.lastName.toUpperCase()} ${l.firstName}`,
      l.status ? STATUS_LABELS[l.status] : 'Non renseigné',
      l.status === 'late' && l.attendedMinutes
        ? durationLabel(l.attendedMinutes)
        : l.status === 'present' || l.status === 'late'
          ? durationLabel(s.minutes)
          : '—',
      l.signedAt ? `Signé le ${stamp(l.signedAt)}` : '—',
      l.justification ?? '',
    ]);
    return this.pdf.render({
      info: { title: `Feuille d'émargement ${s.date} ${s.startTime}` },
      pageSize: 'A4',
      pageOrientation: 'landscape',
      content: [
        { text: schoolName, style: 'school' },
        { text: "Feuille d'émargement", style: 'title' },
        {
          columns: [
            [
              `Session : ${s.cohortName}`,
              `Date : ${frenchDate(s.date)}, de ${s.startTime} à ${s.endTime} (durée ${durationLabel(s.minutes)})`,
              `Bloc : ${s.blockCode} – ${s.blockTitle}`,
              s.moduleTitle ? `Module : ${s.moduleTitle}` : '',
            ],
            [
              `Formateur : ${s.trainerName ?? '—'}`,
              `Lieu : ${s.room ?? (s.videoUrl ? `classe virtuelle (${s.videoUrl})` : '—')}`,
              `Contresignée par le formateur : ${stamp(sheet.countersignedAt)}`,
            ],
          ],
          margin: [0, 8, 0, 12],
        },
        {
          table: {
            headerRows: 1,
            widths: ['*', 'auto', 'auto', 'auto', '*'],
            body: [
              ['Stagiaire', 'Statut', 'Heures', 'Signature électronique', 'Justification'].map((h) => ({ text: h, bold: true })),
              ...rows,
            ],
          },
          layout: 'lightHorizontalLines',
        },
        { text: `Document édité le ${stamp(new Date())} (heure de Paris).`, style: 'footer' },
      ],
      styles: {
        school: { fontSize: 9, color: '#555' },
        title: { fontSize: 16, bold: true, margin: [0, 2, 0, 4] },
        footer: { fontSize: 8, color: '#777', margin: [0, 12, 0, 0] },
      },
    });
  }
}
