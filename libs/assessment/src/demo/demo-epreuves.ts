import { EpreuveKind } from '../rules/assessment';

/** The épreuves a school sets for the four blocks (block code, kind, label, weight), marked out of 20 with a pass mark of 10. */
export const DEMO_EPREUVES: [string, EpreuveKind, string, number][] = [
  ['BC01', 'written', 'Étude de cas : parcours de soins', 1],
  ['BC01', 'practical', 'Mise en situation : examen courant', 2],
  ['BC02', 'written', 'Dossier patient et vocabulaire médical', 1],
  ['BC02', 'oral', 'Oral : accueil et communication', 1],
  ['BC03', 'written', 'QCM hygiène et identitovigilance', 1],
  ['BC04', 'practical', 'Mise en situation : constantes et assistance', 2],
  ['BC04', 'tutor_evaluation', 'Évaluation du tuteur', 1],
];
