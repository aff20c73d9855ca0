/** Reading a CSV table: its header mapped to known columns (French spellings, in any order), cells read back. */
import { CsvRecord, detectDelimiter, isBlankRecord, readCsvRecords } from './csv-format';

/** A problem in an imported file, in French; `field` names the column concerned, if any. */
export interface CsvError {
  line: number;
  field?: string;
  message: string;
}

/** A column a file may hold: its label (in messages), whether it is required, and its header spellings (see normaliseHeaderName). */
export interface CsvColumn<C extends string> {
  column: C;
  label: string;
  required: boolean;
  aliases: string[];
}

/** The non-blank records of a CSV text (byte order mark dropped), its delimiter (';' or ',') read on the header line. */
export function readCsvTable(text: string): CsvRecord[] {
  const body = text.replace(/^\uFEFF/, '');
  return readCsvRecords(body, detectDelimiter(body)).filter((r) => !isBlankRecord(r));
}

/** A header cell compared without case, accents, spaces, hyphens, underscores, dots or apostrophes ('Code postal' → 'codepostal'). */
export function normaliseHeaderName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s\-_.'’]/g, '');
}

/**
 * The position of each known column in the header, or the errors: a column given twice, required columns missing
 * (the message ends with `expected`, what the header should hold). Unknown columns are ignored.
 */
export function mapCsvHeader<C extends string>(
  header: CsvRecord,
  columns: CsvColumn<C>[],
  expected: string,
): { indexes: Partial<Record<C, number>> } | { errors: CsvError[] } {
  const names = header.fields.map(normaliseHeaderName);
  const indexes: Partial<Record<C, number>> = {};
  const errors: CsvError[] = [];
  for (const { column, label, aliases } of columns) {
    const positions = names.flatMap((name, i) => (aliases.includes(name) ? [i] : []));
    if (positions.length > 1) {
      const message = `La colonne « ${label} » apparaît plusieurs fois dans l'en-tête (colonnes ${positions.map((i) => i + 1).join(', ')}).`;
      errors.push({ line: header.line, field: column, message });
    }
    if (positions.length > 0) indexes[column] = positions[0];
  }
  const missing = columns.filter((c) => c.required && indexes[c.column] === undefined).map((c) => `« ${c.label} »`);
  if (missing.length > 0) {
    const what = missing.length === 1 ? 'Colonne obligatoire manquante' : 'Colonnes obligatoires manquantes';
    errors.unshift({ line: header.line, message: `${what} : ${missing.join(', ')}. ${expected}` });
  }
  return errors.length > 0 ? { errors } : { indexes };
}

/** The text of a cell as written by csvCell: the apostrophe that neutralised a formula (=, +, -, @, tab, CR) is removed. */
export function readCsvCell(value: string): string {
  return /^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value;
}

/** The errors of a rejected file keyed 'ligne N' (sorted by line), as AppError field errors. */
export function errorsByLine(errors: CsvError[]): Record<string, string[]> {
  const byLine: Record<string, string[]> = {};
  for (const e of [...errors].sort((a, b) => a.line - b.line)) (byLine[`ligne ${e.line}`] ??= []).push(e.message);
  return byLine;
}
