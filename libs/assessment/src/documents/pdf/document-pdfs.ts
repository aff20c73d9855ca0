import { PdfDocument } from '@app/platform';
import { frenchDate } from '@app/platform/time/date-labels';
import { hoursLabel } from '../../rules/french-format';
import { JuryPvData, TraineeDocumentData } from '../document-data.service';
import { table, withLetterhead } from './letterhead';

const period = (d: TraineeDocumentData) => `du ${frenchDate(d.startDate)} au ${frenchDate(d.endDate)}`;
const acquired = (d: TraineeDocumentData) => d.blocks.filter((b) => b.status.acquired);

/** Procès-verbal of a jury: its members, every decision taken, the CQP awarded. */
export function juryPv(d: JuryPvData): PdfDocument {
  return withLetterhead(
    d.school,
    'Procès-verbal de jury',
    [
      `Certification : ${d.certificationTitle}.`,
      `Jury réuni le ${frenchDate(d.date)}, présidé par ${d.president}${d.members.length ? `, composé de ${d.members.join(', ')}` : ''}.`,
      { text: 'Décisions par bloc de compétences', bold: true, margin: [0, 12, 0, 0] },
      d.decisions.length
        ? table(
            ['Stagiaire', 'Bloc', 'Proposition', 'Décision', 'Observations'],
            d.decisions.map((x) => [
              x.traineeName,
              x.blockCode,
              x.proposal ?? '—',
              x.outcome,
              [x.comment, x.correction && `Correction : ${x.correction}`].filter(Boolean).join(' ') || '—',
            ]),
            ['*', 'auto', 'auto', 'auto', '*'],
          )
        : { text: 'Aucune décision.', italics: true },
      { text: 'Certifications décernées', bold: true, margin: [0, 12, 0, 0] },
      d.certified.length ? { ul: d.certified } : { text: 'Aucune.', italics: true },
    ],
    `Le président du jury, ${d.president}`,
  );
}

/** Attestation of partial validation: the blocks the trainee has validated (in this path, earlier or by VAE). */
export function partialValidation(d: TraineeDocumentData): PdfDocument {
  const blocks = acquired(d);
  return withLetterhead(d.school, 'Attestation de validation partielle', [
    `Nous attestons que ${d.traineeName} a validé les blocs de compétences suivants de la certification ${d.certificationTitle} :`,
    blocks.length
      ? table(
          ['Bloc', 'Intitulé', 'Validé le'],
          blocks.map((b) => [b.code, b.title, b.status.validatedOn ? frenchDate(b.status.validatedOn) : '—']),
          ['auto', '*', 'auto'],
        )
      : { text: 'Aucun bloc validé à ce jour.', italics: true, margin: [0, 8, 0, 8] },
    'Les blocs validés restent acquis selon les règles de la certification.',
  ]);
}

/** Attestation de fin de formation: objectives, duration, results by block. */
export function endOfTraining(d: TraineeDocumentData): PdfDocument {
  return withLetterhead(d.school, 'Attestation de fin de formation', [
    `Nous attestons que ${d.traineeName} a suivi la formation préparant au ${d.certificationTitle}, session « ${d.cohortName} », ${period(d)}.`,
    {
      text: 'Objectifs : exercer les missions d’assistant(e) médical(e) – suivi du parcours de santé du patient, accueil et prise en charge administrative, hygiène et qualité, assistance opérationnelle au praticien.',
      margin: [0, 8, 0, 8],
    },
    `Durée prévue au parcours : ${hoursLabel(d.requiredMinutes)} ; durée suivie : ${hoursLabel(d.attendedMinutes)}.`,
    table(
      ['Bloc', 'Intitulé', 'Résultat'],
      d.blocks.map((b) => [
        b.code,
        b.title,
        b.status.acquired ? `Validé${b.status.validatedOn ? ` le ${frenchDate(b.status.validatedOn)}` : ''}` : 'Non validé',
      ]),
      ['auto', '*', 'auto'],
    ),
    d.certifiedOn ? `Certification obtenue (jury du ${frenchDate(d.certifiedOn)}).` : 'Certification non obtenue à ce jour.',
  ]);
}

/** Certificat de réalisation for funders, built from recorded attendance: hours per block. */
export function certificatRealisation(d: TraineeDocumentData): PdfDocument {
  return withLetterhead(
    d.school,
    'Certificat de réalisation',
    [
      `Je soussigné(e), ${d.school.signatory ?? 'représentant(e) légal(e)'}, pour ${d.school.name}, dispensateur de l’action, atteste que ${d.traineeName} a suivi l’action de formation « ${d.certificationTitle} » (action concourant au développement des compétences, article L. 6313-1 du code du travail), ${period(d)}.`,
      { text: 'Durée réalisée, d’après les feuilles d’émargement :', margin: [0, 8, 0, 0] },
      table(
        ['Bloc', 'Intitulé', 'Heures réalisées'],
        [
          ...d.blocks.map((b) => [b.code, b.title, hoursLabel(b.attendedMinutes)]),
          ['', 'Positionnement et évaluations', hoursLabel(d.otherAttendedMinutes)],
          ['', 'Total', hoursLabel(d.attendedMinutes)],
        ],
        ['auto', '*', 'auto'],
      ),
      'Sans préjudice des délais imposés par les règles fiscales, comptables ou commerciales, je m’engage à conserver l’ensemble des pièces justificatives qui ont permis d’établir le présent certificat pendant une durée de 3 ans.',
    ],
    'Le représentant légal du dispensateur de l’action',
  );
}
