import { AfgsuOnJuryDate, assertDate, assertSettings, assertText, isFiniteNumber, JuryDecision } from './assessment';
import { blockStatus, BlockStatus, PriorValidation } from './block-status.rules';
import { counted, frenchDecimal, frenchList, hoursLabel, trimmedOrNull } from './french-format';

/** The conditions of certification readiness, in the order of the checklist. */
export type ReadinessKey = 'blocks' | 'afgsu' | 'hours' | 'tutorEvaluations' | 'file';

/** The checklist's keys in their fixed order. */
export const READINESS_KEYS: readonly ReadinessKey[] = ['blocks', 'afgsu', 'hours', 'tutorEvaluations', 'file'];

/** French labels of the checklist items. */
export const READINESS_LABELS: Readonly<Record<ReadinessKey, string>> = {
  blocks: 'Blocs de compétences validés',
  afgsu: 'AFGSU valide à la date du jury',
  hours: 'Heures de formation suivies',
  tutorEvaluations: 'Évaluations du tuteur transmises',
  file: 'Dossier d’inscription complet',
};

/** One condition of the checklist: met or not, with its French label and a French detail. */
export interface ReadinessItem {
  key: ReadinessKey;
  ok: boolean;
  label: string;
  detail: string;
}

/** Attendance against the training's hours: minutes attended, minutes required, absence allowed in percent (0 to 100). */
export interface HoursInput {
  attendedMinutes: number;
  requiredMinutes: number;
  allowedAbsencePercent: number;
}

/**
 * What readiness looks at for one trainee: the block codes required (e.g. BC01 to BC04), the certification jury date,
 * the trainee's jury decisions (all blocks) and prior validations, the block validity setting, the AFGSU on the jury
 * date, attendance, tutor evaluations (null: none expected) and whether the enrolment file is complete.
 */
export interface ReadinessInput {
  blockCodes: readonly string[];
  juryDate: string;
  decisions: readonly JuryDecision[];
  priorValidations: readonly PriorValidation[];
  blockValidityYears: number | null;
  afgsu: AfgsuOnJuryDate;
  hours: HoursInput;
  tutorEvaluations: { required: number; submitted: number } | null;
  fileComplete: boolean;
}

/** The checklist (items in READINESS_KEYS order), each block's status, `ready` when every item is ok, a French summary. */
export interface Readiness {
  ready: boolean;
  items: ReadinessItem[];
  blocks: BlockStatus[];
  summary: string;
}

/**
 * Whether a trainee may be presented to the certification jury on `juryDate`, as a checklist: 1. `blocks`: every block
 * code acquired on the jury date (blockStatus: validated in this path, earlier or by VAE; « BC02 et BC04 non validés »);
 * 2. `afgsu`: valid on the jury date (detail: the reason given); 3. `hours`: attended ≥ minimumAttendedMinutes
 * (« 251 h 30 sur 279 h requises (au moins 251 h 06 avec 10 % d’absence admise) »); 4. `tutorEvaluations`: submitted ≥
 * required, or none expected (null or 0 required); 5. `file`: enrolment file complete. `ready` if and only if every item
 * is ok. Throws a RangeError on malformed input: no block code or a duplicate, invalid date, counts, booleans or settings.
 */
export function certificationReadiness(input: ReadinessInput): Readiness {
  const { blockCodes, juryDate, afgsu, tutorEvaluations } = input;
  assertDate(juryDate);
  assertSettings({ blockValidityYears: input.blockValidityYears });
  if (blockCodes.length === 0) throw new RangeError('Au moins un bloc de compétences est attendu.');
  if (new Set(blockCodes).size !== blockCodes.length) throw new RangeError(`Blocs en double : ${blockCodes.join(', ')}.`);
  blockCodes.forEach((code) => assertText(code, 'Code du bloc'));
  for (const [value, what] of [
    [afgsu?.afgsuValid, 'Validité de l’AFGSU'],
    [input.fileComplete, 'Complétude du dossier'],
  ] as const) {
    if (typeof value !== 'boolean') throw new RangeError(`${what} : vrai ou faux attendu.`);
  }
  const blocks = blockCodes.map((blockCode) =>
    blockStatus({
      blockCode,
      decisions: input.decisions,
      priorValidations: input.priorValidations,
      onDate: juryDate,
      blockValidityYears: input.blockValidityYears,
    }),
  );
  const missing = blocks.filter((b) => !b.acquired).map((b) => b.blockCode);
  const blocksDetail =
    missing.length === 0
      ? `${frenchList([...blockCodes])} ${blockCodes.length > 1 ? 'validés' : 'validé'}`
      : `${frenchList(missing)} ${missing.length > 1 ? 'non validés' : 'non validé'}`;
  const afgsuDetail = trimmedOrNull(afgsu.reason) ?? (afgsu.afgsuValid ? 'AFGSU valide' : 'AFGSU non valide');
  const hours = hoursCheck(input.hours);
  const tutor = tutorCheck(tutorEvaluations);
  const item = (key: ReadinessKey, ok: boolean, detail: string): ReadinessItem => ({ key, ok, label: READINESS_LABELS[key], detail });
  const items = [
    item('blocks', missing.length === 0, blocksDetail),
    item('afgsu', afgsu.afgsuValid, afgsuDetail),
    item('hours', hours.ok, hours.detail),
    item('tutorEvaluations', tutor.ok, tutor.detail),
    item('file', input.fileComplete, input.fileComplete ? 'Dossier complet' : 'Dossier incomplet : pièces à fournir'),
  ];
  const failing = items.filter((i) => !i.ok).length;
  const ready = failing === 0;
  const summary = ready
    ? 'Prêt pour la certification : toutes les conditions sont remplies.'
    : `Pas encore prêt pour la certification : ${counted(failing, 'condition', 'conditions')} sur ${items.length} non ${failing > 1 ? 'remplies' : 'remplie'}.`;
  return { ready, items, blocks, summary };
}

/**
 * The fewest minutes to attend: requiredMinutes × (1 − allowedAbsencePercent / 100), rounded up to a whole minute
 * (binary noise removed first, to 12 significant digits: 16 740 min with 10 % → 15 066). Throws a RangeError on minutes that are not whole numbers
 * ≥ 0 or a percentage outside 0..100.
 */
export function minimumAttendedMinutes(requiredMinutes: number, allowedAbsencePercent: number): number {
  if (!Number.isSafeInteger(requiredMinutes) || requiredMinutes < 0)
    throw new RangeError(`Heures requises invalides : ${requiredMinutes} minutes.`);
  if (!isFiniteNumber(allowedAbsencePercent) || allowedAbsencePercent < 0 || allowedAbsencePercent > 100) {
    throw new RangeError(`Pourcentage d’absence admise invalide : ${allowedAbsencePercent} (de 0 à 100).`);
  }
  return Math.ceil(Number(((requiredMinutes * (100 - allowedAbsencePercent)) / 100).toPrecision(12)));
}

function hoursCheck(hours: HoursInput): { ok: boolean; detail: string } {
  const { attendedMinutes, requiredMinutes, allowedAbsencePercent } = hours;
  const minimum = minimumAttendedMinutes(requiredMinutes, allowedAbsencePercent);
  if (!Number.isSafeInteger(attendedMinutes) || attendedMinutes < 0)
    throw new RangeError(`Heures suivies invalides : ${attendedMinutes} minutes.`);
  const allowance =
    allowedAbsencePercent === 0
      ? 'aucune absence admise'
      : `au moins ${hoursLabel(minimum)} avec ${frenchDecimal(allowedAbsencePercent)} % d’absence admise`;
  return {
    ok: attendedMinutes >= minimum,
    detail: `${hoursLabel(attendedMinutes)} sur ${hoursLabel(requiredMinutes)} requises (${allowance})`,
  };
}

function tutorCheck(evaluations: { required: number; submitted: number } | null): { ok: boolean; detail: string } {
  const none = { ok: true, detail: 'Aucune évaluation tuteur attendue' };
  if (evaluations === null) return none;
  const { required, submitted } = evaluations;
  for (const n of [required, submitted]) {
    if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`Nombre d’évaluations tuteur invalide : ${n}.`);
  }
  if (required === 0) return none;
  const detail = `${counted(submitted, 'évaluation transmise', 'évaluations transmises')} sur ${required} attendue${required > 1 ? 's' : ''}`;
  return { ok: submitted >= required, detail };
}
