/**
 * The rule settings of a certification version: the figures the CQP rules depend on. Values are data
 * (seeded per version by migration, overridable per school where `configurable`); this catalogue is
 * their schema: type, bounds, whether a school may change it, and its French label.
 */
export interface RuleSettings {
  /** Mark out of 20 at or above which an épreuve is passed. */
  passMark: number;
  /** Attempts allowed per block (first sitting included). */
  maxAttempts: number;
  /** Years after the first attempt within which retakes are allowed. */
  retakeWindowYears: number;
  /** Years a validated block stays acquired; null = for life. */
  blockValidityYears: number | null;
  /** Years an AFGSU attestation is valid from its issue date. */
  afgsuValidityYears: number;
  /** Days before expiry from which an AFGSU is "expiring soon". */
  afgsuExpiryNoticeDays: number;
  /** Years of medical-secretary experience that satisfy the admission prerequisite. */
  secretaryExperienceYears: number;
  /** Unjustified absence rate (percent of ended sessions' minutes) above which a trainee is flagged. */
  absenceThresholdPercent: number;
  /** Minutes before a session's start from which trainees may sign. */
  signingOpensMinutesBefore: number;
  /** Minutes after a session's end until which trainees may sign; afterwards only staff correct. */
  signingClosesMinutesAfter: number;
  /** Hours of relevant experience a VAE application needs. */
  vaeMinimumHours: number;
  /** Years after the hire date within which an assistant hired without the CQP must start training. */
  hireTrainingStartYears: number;
  /** Years after the hire date within which the qualification must be obtained. */
  hireQualificationYears: number;
  /** Calendar years an identity document copy is kept, counting the year its file closed (RGPD). */
  identityDocumentRetentionYears: number;
  /** Months the file of a candidate not admitted is kept after it closed (RGPD). */
  unsuccessfulApplicationRetentionMonths: number;
  /** Years a former trainee's records (attendance, conventions, evaluations) are kept after the training (RGPD). */
  trainingRecordsRetentionYears: number;
  /** Months a former trainee's account stays usable after the training (RGPD). */
  formerTraineeAccountRetentionMonths: number;
}

export type RuleSettingKey = keyof RuleSettings;

export interface RuleSettingDefinition {
  label: string;
  integer: boolean;
  min: number;
  max: number;
  nullable: boolean;
  /** A school administrator may override it for their school. */
  configurable: boolean;
}

const int = (label: string, min: number, max: number, configurable: boolean, nullable = false): RuleSettingDefinition => ({
  label,
  integer: true,
  min,
  max,
  nullable,
  configurable,
});

export const RULE_SETTINGS: Record<RuleSettingKey, RuleSettingDefinition> = {
  passMark: {
    label: 'Note minimale de validation d’une épreuve (sur 20)',
    integer: false,
    min: 0,
    max: 20,
    nullable: false,
    configurable: true,
  },
  maxAttempts: int('Nombre maximal de passages par bloc', 1, 10, true),
  retakeWindowYears: int('Délai pour repasser un bloc (années après le premier passage)', 1, 10, true),
  blockValidityYears: int('Durée d’acquisition d’un bloc validé (années ; vide = à vie)', 1, 50, true, true),
  afgsuValidityYears: int('Durée de validité de l’AFGSU (années)', 1, 10, false),
  afgsuExpiryNoticeDays: int('Préavis d’expiration de l’AFGSU (jours)', 1, 365, true),
  secretaryExperienceYears: int('Expérience de secrétaire médical(e) exigée (années)', 0, 20, true),
  absenceThresholdPercent: int('Seuil d’absences non justifiées (%)', 0, 100, true),
  signingOpensMinutesBefore: int('Ouverture de la signature (minutes avant la séance)', 0, 240, true),
  signingClosesMinutesAfter: int('Clôture de la signature (minutes après la séance)', 0, 1440, true),
  vaeMinimumHours: int('Expérience minimale pour la VAE (heures)', 0, 10000, false),
  hireTrainingStartYears: int('Délai d’entrée en formation après l’embauche (années)', 1, 10, false),
  hireQualificationYears: int('Délai d’obtention du CQP après l’embauche (années)', 1, 10, false),
  identityDocumentRetentionYears: int(
    'Conservation des copies de pièce d’identité (années civiles après la clôture du dossier)',
    1,
    5,
    true,
  ),
  unsuccessfulApplicationRetentionMonths: int('Conservation des dossiers de candidats non admis (mois après la clôture)', 1, 120, true),
  // Attendance, conventions and evaluations prove the training to public funders: at least 10 years.
  trainingRecordsRetentionYears: int('Conservation des émargements, conventions et évaluations (années après la formation)', 10, 50, true),
  formerTraineeAccountRetentionMonths: int('Conservation du compte d’un ancien stagiaire (mois après la formation)', 1, 120, true),
};

export const RULE_SETTING_KEYS = Object.keys(RULE_SETTINGS) as RuleSettingKey[];

/** Whether `key` names a setting: an own key of the table (`constructor` or `__proto__` is on every object). */
export const isRuleSettingKey = (key: string): key is RuleSettingKey => Object.hasOwn(RULE_SETTINGS, key);

export type OverrideCheck = { ok: true; value: number | null } | { ok: false; code: string; message: string };

/** Whether `value` may override `key` for a school (type, bounds, configurable). */
export function checkOverride(key: string, value: unknown): OverrideCheck {
  const def = isRuleSettingKey(key) ? RULE_SETTINGS[key] : undefined;
  if (!def) return { ok: false, code: 'UNKNOWN_SETTING', message: `Le paramètre « ${key} » n’existe pas.` };
  if (!def.configurable) {
    return {
      ok: false,
      code: 'SETTING_NOT_CONFIGURABLE',
      message: `« ${def.label} » est fixé par le référentiel et ne peut pas être modifié par l’école.`,
    };
  }
  if (value === null) {
    return def.nullable
      ? { ok: true, value: null }
      : { ok: false, code: 'INVALID_SETTING_VALUE', message: `« ${def.label} » doit avoir une valeur.` };
  }
  if (typeof value !== 'number' || !Number.isFinite(value) || (def.integer && !Number.isInteger(value))) {
    return { ok: false, code: 'INVALID_SETTING_VALUE', message: `« ${def.label} » doit être un nombre${def.integer ? ' entier' : ''}.` };
  }
  if (value < def.min || value > def.max) {
    return { ok: false, code: 'INVALID_SETTING_VALUE', message: `« ${def.label} » doit être compris entre ${def.min} et ${def.max}.` };
  }
  return { ok: true, value };
}

export type SettingSource = 'referential' | 'school';

/** The version's values with the school's overrides on top; overrides of non-configurable keys are ignored. */
export function effectiveSettings(
  defaults: RuleSettings,
  overrides: { key: string; value: number | null }[],
): { settings: RuleSettings; sources: Record<RuleSettingKey, SettingSource> } {
  const settings = { ...defaults };
  const sources = Object.fromEntries(RULE_SETTING_KEYS.map((k) => [k, 'referential'])) as Record<RuleSettingKey, SettingSource>;
  for (const o of overrides) {
    const check = checkOverride(o.key, o.value);
    if (!check.ok) continue;
    (settings as Record<string, number | null>)[o.key] = check.value;
    sources[o.key as RuleSettingKey] = 'school';
  }
  return { settings, sources };
}
