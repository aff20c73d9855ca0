import fc from 'fast-check';
import { Diploma, DIPLOMAS } from './candidate';
import { checkEligibility, checkVae } from './eligibility.rules';

const rules = { secretaryExperienceYears: 3 };
const profile = (diplomas: Diploma[], secretaryExperienceYears = 0) => ({ diplomas, secretaryExperienceYears });
const NONE = "Non éligible : ni niveau 4, ni diplôme d'État (DEI, DEAS, DEAP), ni titre de secrétaire médicale ; ";

describe('checkEligibility', () => {
  it.each([
    ['level4', 'Éligible : niveau 4'],
    ['dei', 'Éligible : DEI'],
    ['deas', 'Éligible : DEAS'],
    ['deap', 'Éligible : DEAP'],
    ['secretary_title', 'Éligible : titre de secrétaire médicale'],
  ] as const)('is eligible with %s alone: « %s »', (diploma, explanation) => {
    expect(checkEligibility(profile([diploma]), rules)).toEqual({ eligible: true, grounds: [diploma], explanation });
  });

  it('lists every ground, state diplomas first, whatever the order given, without duplicates', () => {
    expect(checkEligibility(profile(['level4', 'dei']), rules)).toEqual({
      eligible: true,
      grounds: ['dei', 'level4'],
      explanation: 'Éligible : DEI, niveau 4',
    });
    expect(checkEligibility(profile(['level4', 'secretary_title', 'deap', 'deas', 'dei', 'dei'], 5), rules)).toEqual({
      eligible: true,
      grounds: ['dei', 'deas', 'deap', 'secretary_title', 'level4', 'experience'],
      explanation:
        "Éligible : DEI, DEAS, DEAP, titre de secrétaire médicale, niveau 4, 5 ans d'expérience de secrétaire médicale (3 requis)",
    });
  });

  it('is eligible on experience from the required years on, exactly', () => {
    expect(checkEligibility(profile([], 4), rules)).toEqual({
      eligible: true,
      grounds: ['experience'],
      explanation: "Éligible : 4 ans d'expérience de secrétaire médicale (3 requis)",
    });
    expect(checkEligibility(profile([], 3), rules).explanation).toBe("Éligible : 3 ans d'expérience de secrétaire médicale (3 requis)");
    expect(checkEligibility(profile(['deas'], 3), rules)).toMatchObject({
      grounds: ['deas', 'experience'],
      explanation: "Éligible : DEAS, 3 ans d'expérience de secrétaire médicale (3 requis)",
    });
  });

  it('explains a refusal with the experience held and required', () => {
    expect(checkEligibility(profile([], 2), rules)).toEqual({
      eligible: false,
      grounds: [],
      explanation: `${NONE}2 ans d'expérience sur 3 requis`,
    });
  });

  it.each([
    [0, "0 an d'expérience sur 3 requis"],
    [1, "1 an d'expérience sur 3 requis"],
    [1.5, "1,5 an d'expérience sur 3 requis"],
    [2.5, "2,5 ans d'expérience sur 3 requis"],
    [2.999, "2,99 ans d'expérience sur 3 requis"],
  ])('writes %p years in French: « %s »', (years, end) => {
    expect(checkEligibility(profile([], years), rules).explanation).toBe(NONE + end);
  });

  it('follows the configured number of years (fractions included)', () => {
    expect(checkEligibility(profile([], 2), { secretaryExperienceYears: 2 })).toMatchObject({
      eligible: true,
      explanation: "Éligible : 2 ans d'expérience de secrétaire médicale (2 requis)",
    });
    expect(checkEligibility(profile([], 1), { secretaryExperienceYears: 1.5 }).explanation).toBe(`${NONE}1 an d'expérience sur 1,5 requis`);
    expect(checkEligibility(profile([], 5), { secretaryExperienceYears: 10 }).explanation).toBe(`${NONE}5 ans d'expérience sur 10 requis`);
  });

  it('does not need the current situation: past experience counts', () => {
    const full = {
      situation: 'job_seeker' as const,
      diplomas: [],
      secretaryExperienceYears: 6,
      hiredAsAssistantOn: null,
      vae: false,
      vaeExperienceHours: null,
    };
    expect(checkEligibility(full, rules).eligible).toBe(true);
  });

  it.each([-1, NaN, Infinity])('throws a RangeError on %p years held or required', (years) => {
    expect(() => checkEligibility(profile([], years), rules)).toThrow(RangeError);
    expect(() => checkEligibility(profile([], 1), { secretaryExperienceYears: years })).toThrow(RangeError);
  });

  it('says in French which number of years is wrong', () => {
    expect(() => checkEligibility(profile([], -1), rules)).toThrow(
      "Nombre d'années d'expérience invalide : -1 (un nombre positif ou nul est attendu).",
    );
    expect(() => checkEligibility(profile([], 1), { secretaryExperienceYears: NaN })).toThrow(
      "Nombre d'années d'expérience exigé invalide : NaN (un nombre positif ou nul est attendu).",
    );
  });

  const diplomas = fc.uniqueArray(fc.constantFrom(...DIPLOMAS));
  const years = fc.double({ min: 0, max: 40, noNaN: true });
  const required = fc.integer({ min: 0, max: 20 });

  it('is eligible if and only if there is a ground, and grounds are exactly what holds', () => {
    fc.assert(
      fc.property(diplomas, years, required, (held, y, r) => {
        const result = checkEligibility(profile(held, y), { secretaryExperienceYears: r });
        expect(result.eligible).toBe(result.grounds.length > 0);
        expect(result.eligible).toBe(held.length > 0 || y >= r);
        expect(new Set(result.grounds)).toEqual(new Set([...held, ...(y >= r ? ['experience'] : [])]));
        expect(result.explanation.startsWith(result.eligible ? 'Éligible : ' : 'Non éligible : ')).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('never becomes ineligible by adding a diploma', () => {
    fc.assert(
      fc.property(diplomas, fc.constantFrom(...DIPLOMAS), years, required, (held, added, y, r) => {
        const before = checkEligibility(profile(held, y), { secretaryExperienceYears: r });
        const after = checkEligibility(profile([...held, added], y), { secretaryExperienceYears: r });
        expect(after.eligible).toBe(true);
        expect(before.grounds.every((g) => after.grounds.includes(g))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('never becomes ineligible with more experience', () => {
    fc.assert(
      fc.property(diplomas, years, years, required, (held, y, more, r) => {
        const before = checkEligibility(profile(held, y), { secretaryExperienceYears: r });
        const after = checkEligibility(profile(held, y + more), { secretaryExperienceYears: r });
        if (before.eligible) expect(after.eligible).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('does not depend on the order of the diplomas', () => {
    fc.assert(
      fc.property(diplomas, years, (held, y) => {
        expect(checkEligibility(profile([...held].reverse(), y), rules)).toEqual(checkEligibility(profile(held, y), rules));
      }),
    );
  });
});

describe('checkVae', () => {
  const request = { experienceHours: 2000, certificationCode: 'RNCP40913', year: 2026 };
  const vaeRules = { vaeMinimumHours: 1607 };

  it('accepts 1,607 hours or more for a certification not yet applied for this year', () => {
    expect(checkVae(request, [], vaeRules)).toEqual({ ok: true });
    expect(checkVae({ ...request, experienceHours: 1607 }, [], vaeRules)).toEqual({ ok: true });
  });

  it('refuses fewer hours than the minimum, giving both figures', () => {
    expect(checkVae({ ...request, experienceHours: 1606.5 }, [], vaeRules)).toEqual({
      ok: false,
      code: 'VAE_EXPERIENCE_TOO_SHORT',
      message: "La VAE demande au moins 1\u202f607 h d'expérience en rapport avec la certification : 1\u202f606 h déclarées.",
    });
    expect(checkVae({ ...request, experienceHours: 0 }, [], vaeRules)).toMatchObject({ code: 'VAE_EXPERIENCE_TOO_SHORT' });
  });

  it('refuses a second application for the same certification in the same calendar year (code trimmed, case ignored)', () => {
    const refusal = {
      ok: false,
      code: 'VAE_ALREADY_THIS_YEAR',
      message:
        'Une demande de VAE pour la certification RNCP40913 a déjà été déposée en 2026 : une seule demande est possible par certification et par année civile.',
    };
    expect(checkVae(request, [{ certificationCode: 'RNCP40913', year: 2026 }], vaeRules)).toEqual(refusal);
    expect(checkVae(request, [{ certificationCode: ' rncp40913 ', year: 2026 }], vaeRules)).toEqual(refusal);
  });

  it('accepts the same certification another year, or another certification the same year', () => {
    const earlier = [
      { certificationCode: 'RNCP40913', year: 2025 },
      { certificationCode: 'RNCP36358', year: 2026 },
    ];
    expect(checkVae(request, earlier, vaeRules)).toEqual({ ok: true });
  });

  it('reports the yearly limit first when both problems are there', () => {
    expect(checkVae({ ...request, experienceHours: 10 }, [{ certificationCode: 'RNCP40913', year: 2026 }], vaeRules)).toMatchObject({
      code: 'VAE_ALREADY_THIS_YEAR',
    });
  });

  it('throws a RangeError on invalid hours or year', () => {
    expect(() => checkVae({ ...request, experienceHours: -1 }, [], vaeRules)).toThrow(RangeError);
    expect(() => checkVae({ ...request, experienceHours: NaN }, [], vaeRules)).toThrow(RangeError);
    expect(() => checkVae(request, [], { vaeMinimumHours: Infinity })).toThrow(RangeError);
    expect(() => checkVae({ ...request, year: 2026.5 }, [], vaeRules)).toThrow(RangeError);
  });

  it('is ok exactly when the hours suffice and no earlier application matches', () => {
    const code = fc.constantFrom('RNCP40913', 'RNCP36358');
    const year = fc.integer({ min: 2020, max: 2030 });
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 5000 }),
        code,
        year,
        fc.array(fc.record({ certificationCode: code, year })),
        (hours, c, y, earlier) => {
          const result = checkVae({ experienceHours: hours, certificationCode: c, year: y }, earlier, vaeRules);
          const duplicate = earlier.some((e) => e.certificationCode === c && e.year === y);
          expect(result.ok).toBe(!duplicate && hours >= 1607);
        },
      ),
    );
  });
});
