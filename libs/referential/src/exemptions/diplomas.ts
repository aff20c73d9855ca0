/** Diplomas that open admission and may give exemptions: level 4 (baccalauréat or equivalent), DEI, DEAS, DEAP, level-4 medical secretary title. */
export type Diploma = 'level4' | 'dei' | 'deas' | 'deap' | 'secretary_title';

/** Every diploma, in the order explanations list them: state diplomas first, then the secretary title, then level 4. */
export const DIPLOMAS: readonly Diploma[] = ['dei', 'deas', 'deap', 'secretary_title', 'level4'];

/** Short French names of the diplomas, as explanations and justifications print them. */
export const DIPLOMA_LABELS: Record<Diploma, string> = {
  level4: 'niveau 4',
  dei: 'DEI',
  deas: 'DEAS',
  deap: 'DEAP',
  secretary_title: 'titre de secrétaire médicale',
};
