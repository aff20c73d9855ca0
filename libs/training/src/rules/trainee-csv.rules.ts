import { normaliseEmail, normalisePhone } from './contact.rules';
import { CsvRecord } from '@app/platform/files/csv-format';
import { CsvColumn, CsvError, mapCsvHeader, readCsvTable } from '@app/platform/files/csv-table';

export { decodeCsv } from '@app/platform/files/csv-format';
export type { CsvError } from '@app/platform/files/csv-table';

/** A trainee read from an import file, ready to create; `line` is its line in the file. */
export interface TraineeCsvRow {
  line: number;
  lastName: string;
  firstName: string;
  email: string;
  phone: string | null;
}

/** Data rows accepted in one file. */
export const MAX_TRAINEE_CSV_ROWS = 2000;
/** Longest first or last name accepted. */
/** First and last names fit the account's full name (200 characters with the space between). */
export const MAX_NAME_LENGTH = 99;

type Column = 'lastName' | 'firstName' | 'email' | 'phone';

/** Header spellings per column, compared once normalised (no case, accents, spaces, hyphens, dots or apostrophes). */
const COLUMNS: CsvColumn<Column>[] = [
  { column: 'lastName', label: 'Nom', required: true, aliases: ['nom', 'nomdefamille'] },
  { column: 'firstName', label: 'Prénom', required: true, aliases: ['prenom'] },
  { column: 'email', label: 'E-mail', required: true, aliases: ['email', 'courriel', 'adresseemail'] },
  { column: 'phone', label: 'Téléphone', required: false, aliases: ['telephone', 'tel', 'portable'] },
];
const EXPECTED_HEADER = "L'en-tête doit contenir les colonnes « Nom », « Prénom », « E-mail » et, si besoin, « Téléphone ».";

/**
 * Trainees of a CSV text (see decodeCsv for bytes). The first non-blank line is the header; the delimiter (';' or ',')
 * is taken from it. A header problem gives errors and no rows; beyond MAX_TRAINEE_CSV_ROWS data rows, the whole file
 * is refused. Otherwise each row is checked (names required and trimmed, e-mail valid and lower-cased, unique in the
 * file, phone normalised); `rows` holds only the rows without error.
 */
export function parseTraineeCsv(text: string): { rows: TraineeCsvRow[]; errors: CsvError[] } {
  const [header, ...data] = readCsvTable(text);
  if (!header) return { rows: [], errors: [{ line: 1, message: `Le fichier est vide. ${EXPECTED_HEADER}` }] };
  const mapping = mapCsvHeader(header, COLUMNS, EXPECTED_HEADER);
  if ('errors' in mapping) return { rows: [], errors: mapping.errors };
  if (data.length > MAX_TRAINEE_CSV_ROWS) {
    const message = `Le fichier contient ${data.length} lignes de données : ${MAX_TRAINEE_CSV_ROWS} au maximum par import. Découpez-le en plusieurs fichiers.`;
    return { rows: [], errors: [{ line: data[MAX_TRAINEE_CSV_ROWS].line, message }] };
  }
  const rows: TraineeCsvRow[] = [];
  const errors: CsvError[] = [];
  const firstLineOfEmail = new Map<string, number>();
  for (const record of data) {
    const result = readRow(record, mapping.indexes, firstLineOfEmail);
    if ('errors' in result) errors.push(...result.errors);
    else rows.push(result.row);
  }
  return { rows, errors };
}

function readRow(
  record: CsvRecord,
  indexes: Partial<Record<Column, number>>,
  firstLineOfEmail: Map<string, number>,
): { row: TraineeCsvRow } | { errors: CsvError[] } {
  const { line } = record;
  if (record.unterminatedQuote) {
    return { errors: [{ line, message: 'Guillemet non fermé : la fin de cette ligne et les suivantes sont illisibles.' }] };
  }
  const value = (column: Column) => {
    const index = indexes[column];
    return index === undefined ? '' : (record.fields[index] ?? '');
  };
  const errors: CsvError[] = [];
  const lastName = readName(value('lastName'), 'lastName', 'Le nom', line, errors);
  const firstName = readName(value('firstName'), 'firstName', 'Le prénom', line, errors);
  const email = readEmail(value('email'), line, firstLineOfEmail, errors);
  const phone = readPhone(value('phone'), line, errors);
  if (errors.length > 0) return { errors };
  return { row: { line, lastName, firstName, email: email!, phone } };
}

function readName(raw: string, field: Column, what: string, line: number, errors: CsvError[]): string {
  const name = raw.normalize('NFC').trim().replace(/\s+/g, ' ');
  if (name === '') errors.push({ line, field, message: `${what} est obligatoire.` });
  else if (name.length > MAX_NAME_LENGTH) errors.push({ line, field, message: `${what} dépasse ${MAX_NAME_LENGTH} caractères.` });
  return name;
}

function readEmail(raw: string, line: number, firstLineOfEmail: Map<string, number>, errors: CsvError[]): string | null {
  if (raw.trim() === '') {
    errors.push({ line, field: 'email', message: "L'adresse e-mail est obligatoire." });
    return null;
  }
  const email = normaliseEmail(raw);
  if (email === null) {
    errors.push({ line, field: 'email', message: `Adresse e-mail invalide : « ${raw.trim()} ».` });
    return null;
  }
  const first = firstLineOfEmail.get(email);
  if (first !== undefined) {
    errors.push({ line, field: 'email', message: `L'adresse e-mail ${email} figure déjà ligne ${first}.` });
    return null;
  }
  firstLineOfEmail.set(email, line);
  return email;
}

function readPhone(raw: string, line: number, errors: CsvError[]): string | null {
  if (raw.trim() === '') return null;
  const phone = normalisePhone(raw);
  if (phone === null) {
    const message = `Numéro de téléphone invalide : « ${raw.trim()} ». Attendu : 10 chiffres (06 12 34 56 78) ou un numéro international (+33 6 12 34 56 78).`;
    errors.push({ line, field: 'phone', message });
  }
  return phone;
}
