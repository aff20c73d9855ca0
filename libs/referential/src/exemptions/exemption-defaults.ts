import { Diploma, DIPLOMA_LABELS, DIPLOMAS } from './diplomas';

/**
 * A line of the exemption table of a version (DOMAIN « Positioning outcome »): holders of `diploma` may be exempted
 * from `share` (0 to 1) of a module (`moduleCode`) or, when moduleCode is null, of a whole block (`blockCode`).
 * `reason` completes the justification staff see (« Titulaire du DEAS : <reason> »). The referential ships a default
 * table per version; a school may replace it with its own (audited). The system proposes, staff decide.
 */
export interface ExemptionDefault {
  diploma: Diploma;
  blockCode: string;
  moduleCode: string | null;
  share: number;
  reason: string;
}

/** What the check needs of the version: its blocks and their modules, by code. */
export interface ExemptionTarget {
  code: string;
  modules: { code: string }[];
}

export interface ExemptionTableError {
  line: number;
  message: string;
}

/**
 * Whether `rows` make a valid exemption table for a version with `blocks`: every line names a known diploma, a block
 * of the version and, if any, a module of that block; a share from 0 (excluded) to 1 with at most two decimals; a
 * reason of 3 to 300 characters; and no two lines for the same diploma and target. Errors are in French, numbered
 * from line 1, in line order; an empty table is valid (nothing is proposed).
 */
export function checkExemptionTable(rows: ExemptionDefault[], blocks: ExemptionTarget[]): ExemptionTableError[] {
  const errors: ExemptionTableError[] = [];
  const seen = new Set<string>();
  rows.forEach((row, index) => {
    const line = index + 1;
    const fail = (message: string) => errors.push({ line, message });
    if (!DIPLOMAS.includes(row.diploma)) return fail(`diplôme inconnu « ${String(row.diploma)} »`);
    const block = blocks.find((b) => b.code === row.blockCode);
    if (!block) return fail(`le bloc « ${String(row.blockCode)} » n’existe pas dans cette version`);
    if (row.moduleCode !== null && !block.modules.some((m) => m.code === row.moduleCode)) {
      return fail(`le module « ${String(row.moduleCode)} » n’appartient pas au bloc ${block.code}`);
    }
    if (
      typeof row.share !== 'number' ||
      !(row.share > 0 && row.share <= 1) ||
      Math.abs(Math.round(row.share * 100) - row.share * 100) > 1e-9
    ) {
      return fail(`part de dispense « ${String(row.share)} » invalide : entre 0,01 et 1, deux décimales au plus`);
    }
    const reason = typeof row.reason === 'string' ? row.reason.trim() : '';
    if (reason.length < 3 || reason.length > 300) return fail('la justification doit compter de 3 à 300 caractères');
    const key = `${row.diploma}|${row.blockCode}|${row.moduleCode ?? ''}`;
    if (seen.has(key)) return fail(`${DIPLOMA_LABELS[row.diploma]} a déjà une ligne pour ${row.moduleCode ?? row.blockCode}`);
    seen.add(key);
  });
  return errors;
}
