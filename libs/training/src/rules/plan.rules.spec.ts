import fc from 'fast-check';
import { checkExemptions, Exemption, PlanBlock, requiredMinutes } from './plan.rules';

// BC01: 77 h, four modules.
const bc01: PlanBlock = {
  id: 'bc01',
  label: 'BC01',
  plannedMinutes: 4620,
  modules: [
    { id: 'm1', label: 'Examens et soins courants', plannedMinutes: 1260 },
    { id: 'm2', plannedMinutes: 1200 },
    { id: 'm3', plannedMinutes: 1080 },
    { id: 'm4', plannedMinutes: 1080 },
  ],
};
const ex = (moduleId: string | null, minutes: number, blockId = 'bc01'): Exemption => ({ blockId, moduleId, minutes });

describe('requiredMinutes', () => {
  it('subtracts the exemptions from the planned minutes', () => {
    expect(requiredMinutes(4620, [])).toBe(4620);
    expect(requiredMinutes(4620, [ex('m1', 1260), ex(null, 600)])).toBe(2760);
  });

  it('never goes below 0', () => {
    expect(requiredMinutes(4620, [ex(null, 4620)])).toBe(0);
    expect(requiredMinutes(600, [ex(null, 700)])).toBe(0);
  });
});

describe('checkExemptions', () => {
  it('accepts no exemption, module exemptions and a whole-block exemption that fit', () => {
    expect(checkExemptions(bc01, [])).toEqual({ ok: true });
    expect(checkExemptions(bc01, [ex('m1', 1260), ex('m3', 600), ex('m3', 480)])).toEqual({ ok: true });
    expect(checkExemptions(bc01, [ex(null, 4620)])).toEqual({ ok: true });
  });

  it('accepts the brief shape of a block (no id, no labels)', () => {
    const block = { plannedMinutes: 600, modules: [{ id: 'x', plannedMinutes: 300 }] };
    expect(checkExemptions(block, [ex('x', 300, 'b'), ex(null, 300, 'b')])).toEqual({ ok: true });
  });

  it.each([0, -60, 1.5, NaN, Infinity])('refuses %p minutes', (minutes) => {
    expect(checkExemptions(bc01, [ex('m1', minutes)])).toEqual({
      ok: false,
      code: 'INVALID_EXEMPTION',
      message: `Durée de dispense invalide : ${minutes} (un nombre entier de minutes supérieur à 0 est attendu).`,
    });
  });

  it('refuses a module of another block', () => {
    expect(checkExemptions(bc01, [ex('m9', 60)])).toEqual({
      ok: false,
      code: 'INVALID_EXEMPTION',
      message: "Le module « m9 » n'appartient pas au bloc BC01.",
    });
  });

  it('refuses exemptions on another block than the one checked, or on mixed blocks', () => {
    expect(checkExemptions(bc01, [ex(null, 60, 'bc02')])).toMatchObject({
      code: 'INVALID_EXEMPTION',
      message: 'Toutes les dispenses doivent porter sur le même bloc : « bc02 » au lieu de « bc01 ».',
    });
    const anonymous = { plannedMinutes: 600, modules: [] };
    expect(checkExemptions(anonymous, [ex(null, 60, 'a'), ex(null, 60, 'b')])).toMatchObject({ code: 'INVALID_EXEMPTION' });
  });

  it('refuses exemptions exceeding a module, summed over the module', () => {
    expect(checkExemptions(bc01, [ex('m1', 1200), ex('m1', 120)])).toEqual({
      ok: false,
      code: 'EXEMPTION_EXCEEDS_MODULE',
      message: 'Les dispenses du module Examens et soins courants (22 h) dépassent sa durée prévue (21 h).',
    });
    expect(checkExemptions(bc01, [ex('m2', 1201)])).toMatchObject({
      code: 'EXEMPTION_EXCEEDS_MODULE',
      message: 'Les dispenses du module « m2 » (20 h 01) dépassent sa durée prévue (20 h).',
    });
  });

  it('refuses exemptions exceeding the block, module and whole-block ones together', () => {
    expect(checkExemptions(bc01, [ex('m1', 1260), ex(null, 3400)])).toEqual({
      ok: false,
      code: 'EXEMPTION_EXCEEDS_BLOCK',
      message: 'Les dispenses du bloc BC01 (77 h 40) dépassent sa durée prévue (77 h).',
    });
  });

  it('reports an invalid exemption before an excess', () => {
    expect(checkExemptions(bc01, [ex(null, 9999), ex('m1', -1)])).toMatchObject({ code: 'INVALID_EXEMPTION' });
  });

  it('keeps 0 ≤ required ≤ planned, and required = planned − sum, for any accepted set', () => {
    const exemption = fc.record({
      blockId: fc.constant('bc01'),
      moduleId: fc.constantFrom(null, 'm1', 'm2', 'm3', 'm4'),
      minutes: fc.integer({ min: 1, max: 2000 }),
    });
    fc.assert(
      fc.property(fc.array(exemption, { maxLength: 8 }), (exemptions) => {
        const check = checkExemptions(bc01, exemptions);
        fc.pre(check.ok);
        const required = requiredMinutes(bc01.plannedMinutes, exemptions);
        expect(required).toBeGreaterThanOrEqual(0);
        expect(required).toBeLessThanOrEqual(bc01.plannedMinutes);
        expect(required).toBe(bc01.plannedMinutes - exemptions.reduce((s, e) => s + e.minutes, 0));
      }),
      { numRuns: 500 },
    );
  });

  it('accepts a set exactly when every module and the block fit', () => {
    const exemption = fc.record({
      blockId: fc.constant('bc01'),
      moduleId: fc.constantFrom(null, 'm1', 'm4'),
      minutes: fc.integer({ min: 1, max: 3000 }),
    });
    fc.assert(
      fc.property(fc.array(exemption, { maxLength: 6 }), (exemptions) => {
        const sum = (list: Exemption[]) => list.reduce((s, e) => s + e.minutes, 0);
        const fits =
          sum(exemptions) <= bc01.plannedMinutes &&
          bc01.modules.every((m) => sum(exemptions.filter((e) => e.moduleId === m.id)) <= m.plannedMinutes);
        expect(checkExemptions(bc01, exemptions).ok).toBe(fits);
      }),
    );
  });
});
