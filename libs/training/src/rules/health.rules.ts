/**
 * Health data of a trainee (données de santé, RGPD art. 9): disability adjustments and the vaccinations asked for
 * placements in healthcare settings. Pure rules: what may be stored, what is complete, what a placement start needs.
 */

/** Adjustments granted for training and exams (aménagements). `other` is described in the note. */
export const ADJUSTMENTS = ['extra_time', 'accessibility', 'adapted_materials', 'breaks', 'assistant', 'remote', 'other'] as const;
export type Adjustment = (typeof ADJUSTMENTS)[number];

/** Vaccinations asked by healthcare host sites; only the required ones condition a placement. */
export const VACCINES = [
  { kind: 'hepatitis_b', requiredForPlacement: true },
  { kind: 'dtp', requiredForPlacement: true },
  { kind: 'covid', requiredForPlacement: false },
] as const;
export type VaccineKind = (typeof VACCINES)[number]['kind'];
export const VACCINE_KINDS: VaccineKind[] = VACCINES.map((v) => v.kind);

/** « à jour / incomplet / non renseigné ». */
export const VACCINATION_STATUSES = ['up_to_date', 'incomplete', 'unknown'] as const;
export type VaccinationStatus = (typeof VACCINATION_STATUSES)[number];

export interface Vaccination {
  kind: VaccineKind;
  status: VaccinationStatus;
  /** The day staff checked the proof (never the certificate itself). */
  checkedOn: string | null;
}

export interface HealthRecordInput {
  disabilityRecognised: boolean;
  adjustments: Adjustment[];
  adjustmentsNote: string | null;
  adjustmentsDecidedOn: string | null;
  adjustmentsDecidedBy: string | null;
  vaccinations: Vaccination[];
}

/** The fields of the record, as named in the access log. */
export const HEALTH_FIELDS = ['disabilityRecognised', 'adjustments', 'vaccinations'] as const;
export type HealthField = (typeof HEALTH_FIELDS)[number];

/** Field errors of a record (French, keyed like the request body); empty when it may be stored. */
export function checkHealthRecord(r: HealthRecordInput, today: string): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  const add = (field: string, message: string) => (errors[field] ??= []).push(message);
  const granted = r.adjustments.length > 0;
  if (granted && !r.adjustmentsDecidedOn) add('adjustmentsDecidedOn', 'La date de décision des aménagements est obligatoire.');
  if (granted && !r.adjustmentsDecidedBy) add('adjustmentsDecidedBy', 'Indiquez qui a décidé les aménagements.');
  if (r.adjustmentsDecidedOn && r.adjustmentsDecidedOn > today) add('adjustmentsDecidedOn', 'La date de décision ne peut pas être future.');
  if (r.adjustments.includes('other') && !r.adjustmentsNote) add('adjustmentsNote', 'Décrivez l’aménagement « autre ».');
  if (new Set(r.adjustments).size !== r.adjustments.length) add('adjustments', 'Un aménagement est indiqué deux fois.');
  const kinds = r.vaccinations.map((v) => v.kind);
  if (new Set(kinds).size !== kinds.length) add('vaccinations', 'Une vaccination est indiquée deux fois.');
  r.vaccinations.forEach((v, i) => {
    if (v.status === 'up_to_date' && !v.checkedOn) add(`vaccinations.${i}.checkedOn`, 'Indiquez la date de vérification.');
    if (v.checkedOn && v.checkedOn > today) add(`vaccinations.${i}.checkedOn`, 'La date de vérification ne peut pas être future.');
  });
  return errors;
}

/** Every vaccine of the catalogue, in its order: those not given are « non renseigné ». */
export function completeVaccinations(given: Vaccination[]): Vaccination[] {
  return VACCINES.map(({ kind }) => given.find((v) => v.kind === kind) ?? { kind, status: 'unknown', checkedOn: null });
}

/**
 * Whether the vaccinations a placement needs are up to date on its first day: each required vaccine « à jour » and
 * checked on or before that day. A warning for staff, not a block (the host site decides).
 */
export function vaccinationsReadyFor(given: Vaccination[], startOn: string): { ready: boolean; missing: VaccineKind[] } {
  const upToDate = (kind: VaccineKind) =>
    given.some((v) => v.kind === kind && v.status === 'up_to_date' && v.checkedOn !== null && v.checkedOn <= startOn);
  const missing = VACCINES.filter((v) => v.requiredForPlacement && !upToDate(v.kind)).map((v) => v.kind);
  return { ready: missing.length === 0, missing };
}

/**
 * The day a placement's vaccinations are checked against: its first day, or today once it has started (a vaccination
 * brought up to date during the placement counts from then on).
 */
export function vaccinationCheckDay(startOn: string, today: string): string {
  return startOn > today ? startOn : today;
}

/** The fields whose value differs between two records (the access log of a write names them). */
export function changedHealthFields(before: HealthRecordInput | null, after: HealthRecordInput): HealthField[] {
  const groups: Record<HealthField, (r: HealthRecordInput | null) => unknown> = {
    disabilityRecognised: (r) => r?.disabilityRecognised ?? false,
    adjustments: (r) => r && [[...r.adjustments].sort(), r.adjustmentsNote, r.adjustmentsDecidedOn, r.adjustmentsDecidedBy],
    vaccinations: (r) => r && completeVaccinations(r.vaccinations),
  };
  const empty: HealthRecordInput = {
    disabilityRecognised: false,
    adjustments: [],
    adjustmentsNote: null,
    adjustmentsDecidedOn: null,
    adjustmentsDecidedBy: null,
    vaccinations: [],
  };
  return HEALTH_FIELDS.filter((f) => JSON.stringify(groups[f](before ?? empty)) !== JSON.stringify(groups[f](after)));
}
