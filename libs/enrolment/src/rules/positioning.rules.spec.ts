import fc from 'fast-check';
import { checkExemptionTable } from '@app/referential/exemptions/exemption-defaults';
import { Diploma, DIPLOMAS } from './candidate';
import { DEFAULT_EXEMPTION_TABLE } from '../../../../migrations/1795400000000-AddExemptionDefaults';
import { AFGSU_MODULE_CODE, ExemptionDefault, PositioningBlock, proposeExemptions } from './positioning.rules';

/** The table the referential ships (seeded by migration). */
const DEFAULT_EXEMPTIONS = DEFAULT_EXEMPTION_TABLE as ExemptionDefault[];

/** The referential as seeded: module hours of each block (77 / 98 / 35 / 56 h). */
const HOURS: [string, [string, number][]][] = [
  [
    'BC01',
    [
      ['BC01-M1', 21],
      ['BC01-M2', 21],
      ['BC01-M3', 14],
      ['BC01-M4', 21],
    ],
  ],
  [
    'BC02',
    [
      ['BC02-M1', 21],
      ['BC02-M2', 21],
      ['BC02-M3', 21],
      ['BC02-M4', 21],
      ['BC02-M5', 14],
    ],
  ],
  [
    'BC03',
    [
      ['BC03-M1', 14],
      ['BC03-M2', 7],
      ['BC03-M3', 14],
    ],
  ],
  [
    'BC04',
    [
      ['BC04-M1', 14],
      ['BC04-M2', 14],
      ['BC04-M3', 14],
      ['BC04-M4', 14],
    ],
  ],
];
const REFERENTIAL: PositioningBlock[] = HOURS.map(([code, modules]) => ({
  id: `block-${code}`,
  code,
  plannedMinutes: modules.reduce((sum, [, h]) => sum + h * 60, 0),
  modules: modules.map(([m, h]) => ({ id: `module-${m}`, code: m, plannedMinutes: h * 60 })),
}));
const moduleOf = (code: string) => `module-${code}`;
const total = (exemptions: { minutes: number }[]) => exemptions.reduce((sum, e) => sum + e.minutes, 0);
const def = (
  diploma: Diploma,
  moduleCode: string | null,
  share: number,
  blockCode = moduleCode?.slice(0, 4) ?? 'BC04',
): ExemptionDefault => ({
  diploma,
  blockCode,
  moduleCode,
  share,
  reason: `raison ${diploma} ${moduleCode ?? blockCode}`,
});

describe('the default exemption table of the referential', () => {
  it('only names modules of the referential, with shares between 0 and 1', () => {
    const codes = new Set(HOURS.flatMap(([, modules]) => modules.map(([m]) => m)));
    for (const d of DEFAULT_EXEMPTIONS) {
      expect(codes.has(d.moduleCode!)).toBe(true);
      expect(d.moduleCode!.startsWith(d.blockCode)).toBe(true);
      expect(d.share).toBeGreaterThan(0);
      expect(d.share).toBeLessThanOrEqual(1);
      expect(d.reason).not.toBe('');
    }
    expect(checkExemptionTable(DEFAULT_EXEMPTIONS, REFERENTIAL)).toEqual([]);
  });

  it('exempts DEI, DEAS and DEAP holders from parts of blocks 1, 3 and 4, the secretary title from most of block 2, level 4 from nothing', () => {
    for (const diploma of ['dei', 'deas', 'deap'] as const) {
      const blocks = new Set(DEFAULT_EXEMPTIONS.filter((d) => d.diploma === diploma).map((d) => d.blockCode));
      expect([...blocks].sort()).toEqual(['BC01', 'BC03', 'BC04']);
      const proposed = proposeExemptions([diploma], DEFAULT_EXEMPTIONS, REFERENTIAL, true);
      for (const block of REFERENTIAL) {
        expect(total(proposed.filter((e) => e.blockId === block.id))).toBeLessThan(block.plannedMinutes);
      }
    }
    const title = proposeExemptions(['secretary_title'], DEFAULT_EXEMPTIONS, REFERENTIAL, false);
    expect(new Set(title.map((e) => e.blockId))).toEqual(new Set(['block-BC02']));
    expect(total(title)).toBe(84 * 60);
    expect(proposeExemptions(['level4'], DEFAULT_EXEMPTIONS, REFERENTIAL, true)).toEqual([]);
    expect(total(proposeExemptions(['dei'], DEFAULT_EXEMPTIONS, REFERENTIAL, true))).toBe(6510);
    expect(total(proposeExemptions(['dei'], DEFAULT_EXEMPTIONS, REFERENTIAL, false))).toBe(6510 - 840);
  });

  it('gives a DEAS holder with a valid AFGSU the expected proposal, in referential order', () => {
    expect(proposeExemptions(['deas'], DEFAULT_EXEMPTIONS, REFERENTIAL, true)).toEqual([
      {
        blockId: 'block-BC01',
        moduleId: 'module-BC01-M1',
        minutes: 630,
        justification: 'Titulaire du DEAS : soins courants acquis en formation d’aide-soignant',
      },
      {
        blockId: 'block-BC03',
        moduleId: 'module-BC03-M1',
        minutes: 840,
        justification: 'Titulaire du DEAS : prévention du risque infectieux acquise en formation d’aide-soignant',
      },
      {
        blockId: 'block-BC03',
        moduleId: 'module-BC03-M2',
        minutes: 210,
        justification: 'Titulaire du DEAS : identitovigilance abordée en formation d’aide-soignant',
      },
      { blockId: 'block-BC04', moduleId: 'module-BC04-M1', minutes: 840, justification: 'Titulaire du DEAS : AFGSU en cours de validité' },
      {
        blockId: 'block-BC04',
        moduleId: 'module-BC04-M2',
        minutes: 840,
        justification: 'Titulaire du DEAS : mesure des constantes acquise en formation d’aide-soignant',
      },
    ]);
  });
});

describe('proposeExemptions', () => {
  it('leaves the AFGSU module out without a valid attestation', () => {
    const proposed = proposeExemptions(['dei'], DEFAULT_EXEMPTIONS, REFERENTIAL, false);
    expect(proposed.map((e) => e.moduleId)).not.toContain(moduleOf(AFGSU_MODULE_CODE));
    expect(proposeExemptions(['dei'], DEFAULT_EXEMPTIONS, REFERENTIAL, true).map((e) => e.moduleId)).toContain(moduleOf(AFGSU_MODULE_CODE));
  });

  it('takes a whole-block share of the block without the AFGSU module when the attestation is not valid', () => {
    const block = [def('deas', null, 0.5, 'BC04')];
    expect(proposeExemptions(['deas'], block, REFERENTIAL, true)).toEqual([
      { blockId: 'block-BC04', moduleId: null, minutes: 1680, justification: 'Titulaire du DEAS : raison deas BC04' },
    ]);
    expect(proposeExemptions(['deas'], block, REFERENTIAL, false)).toEqual([
      {
        blockId: 'block-BC04',
        moduleId: null,
        minutes: 1260,
        justification: 'Titulaire du DEAS : raison deas BC04 (hors AFGSU : attestation non valide)',
      },
    ]);
  });

  it('never lets module and whole-block exemptions together cover the AFGSU hours without a valid attestation', () => {
    const defaults = [def('deas', null, 1, 'BC04'), def('deas', 'BC04-M2', 1)];
    const bc04 = REFERENTIAL.find((b) => b.code === 'BC04')!;
    expect(total(proposeExemptions(['deas'], defaults, REFERENTIAL, true))).toBe(bc04.plannedMinutes);
    expect(total(proposeExemptions(['deas'], defaults, REFERENTIAL, false))).toBe(bc04.plannedMinutes - 14 * 60);
  });

  it('keeps the largest proposal for the same module, never the sum, naming the diploma it comes from', () => {
    const defaults = [def('deas', 'BC03-M1', 0.5), def('dei', 'BC03-M1', 1), def('deap', 'BC03-M1', 0.25)];
    expect(proposeExemptions(['deas', 'dei', 'deap'], defaults, REFERENTIAL, true)).toEqual([
      { blockId: 'block-BC03', moduleId: 'module-BC03-M1', minutes: 840, justification: 'Titulaire du DEI : raison dei BC03-M1' },
    ]);
  });

  it('breaks a tie by the diploma order (DEI, DEAS, DEAP, title, level 4), whatever the order given', () => {
    const defaults = [def('deap', 'BC03-M1', 1), def('deas', 'BC03-M1', 1)];
    for (const diplomas of [
      ['deap', 'deas'],
      ['deas', 'deap'],
    ] as Diploma[][]) {
      for (const table of [defaults, [...defaults].reverse()]) {
        expect(proposeExemptions(diplomas, table, REFERENTIAL, true)).toEqual([
          { blockId: 'block-BC03', moduleId: 'module-BC03-M1', minutes: 840, justification: 'Titulaire du DEAS : raison deas BC03-M1' },
        ]);
      }
    }
  });

  it('between two equal rows of one diploma, keeps the same one whatever the order of the table', () => {
    const rows = [
      { ...def('deas', 'BC03-M1', 1), reason: 'b' },
      { ...def('deas', 'BC03-M1', 1), reason: 'a' },
    ];
    for (const table of [rows, [...rows].reverse()]) {
      expect(proposeExemptions(['deas'], table, REFERENTIAL, true).map((e) => e.justification)).toEqual(['Titulaire du DEAS : a']);
    }
  });

  it('rounds the share of the planned minutes and drops a proposal of 0 minutes', () => {
    expect(proposeExemptions(['dei'], [def('dei', 'BC03-M2', 1 / 3)], REFERENTIAL, true)).toMatchObject([{ minutes: 140 }]);
    expect(proposeExemptions(['dei'], [def('dei', 'BC03-M2', 0.0001)], REFERENTIAL, true)).toEqual([]);
    expect(proposeExemptions(['dei'], [def('dei', 'BC03-M2', 0)], REFERENTIAL, true)).toEqual([]);
  });

  it('ignores defaults for diplomas not held, and for blocks or modules the referential does not have', () => {
    const defaults = [def('deas', 'BC03-M1', 1), def('dei', 'BC09-M1', 1), def('dei', 'BC03-M9', 1), def('dei', null, 1, 'BC09')];
    expect(proposeExemptions(['dei'], defaults, REFERENTIAL, true)).toEqual([]);
    expect(proposeExemptions([], DEFAULT_EXEMPTIONS, REFERENTIAL, true)).toEqual([]);
  });

  it('cuts a whole-block proposal to what the module proposals leave, saying so', () => {
    const defaults = [def('dei', null, 1, 'BC03'), def('deas', 'BC03-M1', 1)];
    expect(proposeExemptions(['dei', 'deas'], defaults, REFERENTIAL, true)).toEqual([
      {
        blockId: 'block-BC03',
        moduleId: null,
        minutes: 1260,
        justification: 'Titulaire du DEI : raison dei BC03 (part non couverte par les dispenses de modules)',
      },
      { blockId: 'block-BC03', moduleId: 'module-BC03-M1', minutes: 840, justification: 'Titulaire du DEAS : raison deas BC03-M1' },
    ]);
  });

  it('names each diploma in the justification', () => {
    const justification = (diploma: Diploma) =>
      proposeExemptions([diploma], [def(diploma, 'BC02-M1', 1)], REFERENTIAL, true)[0].justification;
    expect(justification('dei')).toBe('Titulaire du DEI : raison dei BC02-M1');
    expect(justification('deap')).toBe('Titulaire du DEAP : raison deap BC02-M1');
    expect(justification('secretary_title')).toBe('Titulaire du titre de secrétaire médicale : raison secretary_title BC02-M1');
    expect(justification('level4')).toBe("Titulaire d'un diplôme de niveau 4 : raison level4 BC02-M1");
  });

  it.each([-0.1, 1.01, NaN])('throws a RangeError on a share of %p', (share) => {
    expect(() => proposeExemptions(['dei'], [def('dei', 'BC03-M1', share)], REFERENTIAL, true)).toThrow(RangeError);
  });

  // ---- properties, on random referentials and default tables ----

  const diplomas = fc.uniqueArray(fc.constantFrom(...DIPLOMAS));
  const referential = fc
    .array(fc.array(fc.integer({ min: 0, max: 3000 }), { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 4 })
    .chain((blocks) =>
      fc.tuple(...blocks.map((modules) => fc.integer({ min: 0, max: 2000 }).map((extra) => ({ modules, extra })))).map((shaped) =>
        shaped.map(({ modules, extra }, b) => ({
          id: `b${b}`,
          code: `BC0${b + 1}`,
          plannedMinutes: modules.reduce((sum, m) => sum + m, 0) + extra,
          modules: modules.map((m, i) => ({ id: `b${b}m${i}`, code: `BC0${b + 1}-M${i + 1}`, plannedMinutes: m })),
        })),
      ),
    );
  const defaults = fc
    .array(
      fc.record({
        diploma: fc.constantFrom(...DIPLOMAS),
        blockCode: fc.constantFrom('BC01', 'BC02', 'BC03', 'BC04', 'BC05'),
        module: fc.option(fc.integer({ min: 1, max: 6 })),
        share: fc.double({ min: 0, max: 1, noNaN: true }),
      }),
      { maxLength: 25 },
    )
    .map((rows) =>
      rows.map(({ diploma, blockCode, module, share }) => ({
        diploma,
        blockCode,
        moduleCode: module === null ? null : `${blockCode}-M${module}`,
        share,
        reason: 'raison',
      })),
    );

  it('never proposes more than a module or a block, nor a negative or fractional number of minutes', () => {
    fc.assert(
      fc.property(diplomas, defaults, referential, fc.boolean(), (held, table, blocks, afgsu) => {
        const proposed = proposeExemptions(held, table, blocks, afgsu);
        for (const e of proposed) {
          expect(Number.isSafeInteger(e.minutes) && e.minutes > 0).toBe(true);
          const block = blocks.find((b) => b.id === e.blockId)!;
          if (e.moduleId !== null) expect(e.minutes).toBeLessThanOrEqual(block.modules.find((m) => m.id === e.moduleId)!.plannedMinutes);
        }
        for (const block of blocks) expect(total(proposed.filter((e) => e.blockId === block.id))).toBeLessThanOrEqual(block.plannedMinutes);
        const keys = proposed.map((e) => `${e.blockId}/${e.moduleId}`);
        expect(new Set(keys).size).toBe(keys.length);
      }),
      { numRuns: 500 },
    );
  });

  it('never exempts from the AFGSU without a valid attestation', () => {
    fc.assert(
      fc.property(diplomas, defaults, referential, (held, table, blocks) => {
        const proposed = proposeExemptions(held, table, blocks, false);
        const bc04 = blocks.find((b) => b.code === 'BC04');
        const afgsu = bc04?.modules.find((m) => m.code === AFGSU_MODULE_CODE);
        expect(proposed.some((e) => e.moduleId === afgsu?.id)).toBe(false);
        if (bc04 && afgsu) {
          expect(total(proposed.filter((e) => e.blockId === bc04.id))).toBeLessThanOrEqual(
            Math.max(0, bc04.plannedMinutes - afgsu.plannedMinutes),
          );
        }
      }),
      { numRuns: 500 },
    );
  });

  it('does not depend on the order of the diplomas (nor on duplicates), nor on the order of the defaults', () => {
    fc.assert(
      fc.property(diplomas, defaults, referential, fc.boolean(), (held, table, blocks, afgsu) => {
        const expected = proposeExemptions(held, table, blocks, afgsu);
        expect(proposeExemptions([...held].reverse(), table, blocks, afgsu)).toEqual(expected);
        expect(proposeExemptions([...held, ...held], table, blocks, afgsu)).toEqual(expected);
        expect(proposeExemptions(held, [...table].reverse(), blocks, afgsu)).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('never proposes less with one more diploma', () => {
    fc.assert(
      fc.property(diplomas, fc.constantFrom(...DIPLOMAS), referential, fc.boolean(), (held, added, blocks, afgsu) => {
        const withDefaults = (d: Diploma[]) => total(proposeExemptions(d, DEFAULT_EXEMPTIONS, blocks, afgsu));
        expect(withDefaults([...held, added])).toBeGreaterThanOrEqual(withDefaults(held));
      }),
    );
  });
});
