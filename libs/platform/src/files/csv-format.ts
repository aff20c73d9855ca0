/** Reading CSV text as French spreadsheets export it: UTF-8 or Windows-1252, ';' or ',', RFC 4180 quoting. */
import { decodeWindows1252 } from './windows-1252';

export type CsvDelimiter = ';' | ',';

/** One record of a CSV text: the line it starts on (1-based), its fields, and whether a quote was left open at the end. */
export interface CsvRecord {
  line: number;
  fields: string[];
  unterminatedQuote: boolean;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The text of CSV bytes: UTF-8 (byte order mark dropped) when the bytes are valid UTF-8, else Windows-1252. */
export function decodeCsv(bytes: Buffer): string {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    text = decodeWindows1252(bytes);
  }
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

/** The delimiter of the first non-blank line: the more frequent of ';' and ',' outside quotes, ';' on a tie. */
export function detectDelimiter(text: string): CsvDelimiter {
  const header = text.split(/\r\n|\n|\r/).find((line) => line.trim() !== '') ?? '';
  let semicolons = 0;
  let commas = 0;
  let quoted = false;
  for (const c of header) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && c === ';') semicolons++;
    else if (!quoted && c === ',') commas++;
  }
  return commas > semicolons ? ',' : ';';
}

/**
 * The records of a CSV text, blank lines included. Fields may be quoted ("" for a quote), holding delimiters and
 * line breaks (kept as '\n'); records end at CRLF, LF or CR. A quote inside an unquoted field is kept as is.
 */
export function readCsvRecords(text: string, delimiter: CsvDelimiter): CsvRecord[] {
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let wasQuoted = false;
  let line = 1;
  let recordLine = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const lineBreak = c === '\n' || c === '\r';
    if (lineBreak && c === '\r' && text[i + 1] === '\n') i++;
    if (lineBreak) line++;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += lineBreak ? '\n' : c;
    } else if (c === '"' && field === '' && !wasQuoted) {
      quoted = wasQuoted = true;
    } else if (c === delimiter || lineBreak) {
      fields.push(field);
      field = '';
      wasQuoted = false;
      if (lineBreak) {
        records.push({ line: recordLine, fields, unterminatedQuote: false });
        fields = [];
        recordLine = line;
      }
    } else field += c;
  }
  if (quoted || field !== '' || wasQuoted || fields.length > 0) {
    records.push({ line: recordLine, fields: [...fields, field], unterminatedQuote: quoted });
  }
  return records;
}

/** True when every field of the record is empty or spaces (an empty line, or ';;;' left by a spreadsheet). */
export function isBlankRecord(record: CsvRecord): boolean {
  return record.fields.every((f) => f.trim() === '');
}
