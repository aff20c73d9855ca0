import { CandidateProfile, Diploma, DIPLOMA_LABELS, DIPLOMAS } from './candidate';
import { frenchNumber, groupedInteger, yearsLabel } from './french-number';

/** What an eligible candidate's admission rests on: a diploma, or enough experience as a medical secretary. */
export type EligibilityGround = Diploma | 'experience';

/** Whether the admission prerequisite holds, on which grounds, and why in French (shown to staff and to the candidate). */
export interface Eligibility {
  eligible: boolean;
  grounds: EligibilityGround[];
  explanation: string;
}

/**
 * The admission prerequisite (any one suffices): a level-4 diploma; DEI, DEAS or DEAP; the level-4 medical secretary
 * title; or at least `rules.secretaryExperienceYears` years as a medical secretary (whatever the current situation).
 * Every ground that holds is listed, diplomas in the order of DIPLOMAS (state diplomas, title, level 4), then
 * experience: « Éligible : DEI, niveau 4 », « Éligible : 4 ans d'expérience de secrétaire médicale (3 requis) ».
 * Eligible if and only if `grounds` is not empty. Throws a RangeError on a negative or non-finite number of years.
 */
export function checkEligibility(
  profile: Pick<CandidateProfile, 'diplomas' | 'secretaryExperienceYears'>,
  rules: { secretaryExperienceYears: number },
): Eligibility {
  const years = profile.secretaryExperienceYears;
  const required = rules.secretaryExperienceYears;
  assertYears(years, "Nombre d'années d'expérience invalide");
  assertYears(required, "Nombre d'années d'expérience exigé invalide");
  const held = new Set(profile.diplomas);
  const grounds: EligibilityGround[] = DIPLOMAS.filter((d) => held.has(d));
  if (years >= required) grounds.push('experience');
  const experience = `${yearsLabel(years)} d'expérience`;
  if (grounds.length === 0) {
    const explanation =
      "Non éligible : ni niveau 4, ni diplôme d'État (DEI, DEAS, DEAP), ni titre de secrétaire médicale ; " +
      `${experience} sur ${frenchNumber(required)} requis`;
    return { eligible: false, grounds, explanation };
  }
  const parts = grounds.map((g) =>
    g === 'experience' ? `${experience} de secrétaire médicale (${frenchNumber(required)} requis)` : DIPLOMA_LABELS[g],
  );
  return { eligible: true, grounds, explanation: `Éligible : ${parts.join(', ')}` };
}

/** A VAE application as the candidate makes it: relevant experience in hours, the certification aimed at, the calendar year. */
export interface VaeRequest {
  experienceHours: number;
  certificationCode: string;
  year: number;
}

export type VaeCheck = { ok: true } | { ok: false; code: 'VAE_EXPERIENCE_TOO_SHORT' | 'VAE_ALREADY_THIS_YEAR'; message: string };

/**
 * Whether a person may apply for a VAE: at most one application per certification per calendar year (`earlier` are
 * this person's earlier VAE applications; codes compared trimmed, case ignored), checked first because more hours
 * would not change it; then at least `rules.vaeMinimumHours` hours of relevant experience (the minimum itself is enough).
 * Throws a RangeError on negative or non-finite hours or a year that is not an integer.
 */
export function checkVae(
  request: VaeRequest,
  earlier: { certificationCode: string; year: number }[],
  rules: { vaeMinimumHours: number },
): VaeCheck {
  for (const [hours, what] of [
    [request.experienceHours, "Nombre d'heures d'expérience invalide"],
    [rules.vaeMinimumHours, "Nombre d'heures minimal invalide"],
  ] as const) {
    if (!Number.isFinite(hours) || hours < 0) throw new RangeError(`${what} : ${hours} (un nombre positif ou nul est attendu).`);
  }
  if (!Number.isSafeInteger(request.year)) throw new RangeError(`Année invalide : ${request.year}.`);
  const code = normaliseCode(request.certificationCode);
  if (earlier.some((e) => e.year === request.year && normaliseCode(e.certificationCode) === code)) {
    const message =
      `Une demande de VAE pour la certification ${request.certificationCode.trim()} a déjà été déposée en ${request.year} : ` +
      `une seule demande est possible par certification et par année civile.`;
    return { ok: false, code: 'VAE_ALREADY_THIS_YEAR', message };
  }
  if (request.experienceHours < rules.vaeMinimumHours) {
    const message =
      `La VAE demande au moins ${groupedInteger(Math.ceil(rules.vaeMinimumHours))} h d'expérience en rapport avec la certification : ` +
      `${groupedInteger(request.experienceHours)} h déclarées.`;
    return { ok: false, code: 'VAE_EXPERIENCE_TOO_SHORT', message };
  }
  return { ok: true };
}

function assertYears(years: number, what: string): void {
  if (!Number.isFinite(years) || years < 0) throw new RangeError(`${what} : ${years} (un nombre positif ou nul est attendu).`);
}

function normaliseCode(code: string): string {
  return code.trim().toUpperCase();
}
