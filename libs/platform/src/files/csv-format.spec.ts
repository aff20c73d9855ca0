import fc from 'fast-check';
import { decodeCsv, detectDelimiter, isBlankRecord, readCsvRecords } from './csv-format';

describe('decodeCsv', () => {
  it('reads UTF-8 bytes', () => {
    expect(decodeCsv(Buffer.from([0x48, 0xc3, 0xa9, 0x6c, 0xc3, 0xa8, 0x6e, 0x65]))).toBe('Hélène');
  });

  it('drops a UTF-8 byte order mark', () => {
    expect(decodeCsv(Buffer.from([0xef, 0xbb, 0xbf, 0x4e, 0x6f, 0x6d]))).toBe('Nom');
  });

  it('reads Windows-1252 bytes when they are not valid UTF-8', () => {
    expect(decodeCsv(Buffer.from([0x48, 0xe9, 0x6c, 0xe8, 0x6e, 0x65]))).toBe('Hélène');
    expect(decodeCsv(Buffer.from([0x43, 0x9c, 0x75, 0x72, 0x20, 0x80, 0x20, 0x92]))).toBe('Cœur € ’');
  });

  it('reads plain ASCII and an empty file', () => {
    expect(decodeCsv(Buffer.from('Nom;Prénom', 'utf8'))).toBe('Nom;Prénom');
    expect(decodeCsv(Buffer.alloc(0))).toBe('');
  });

  it('gives back any text encoded in UTF-8, with or without a byte order mark', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.boolean(), (text, bom) => {
        fc.pre(!text.startsWith('\uFEFF'));
        expect(decodeCsv(Buffer.from((bom ? '\uFEFF' : '') + text, 'utf8'))).toBe(text);
      }),
    );
  });
});

describe('detectDelimiter', () => {
  it('takes the delimiter of the header line', () => {
    expect(detectDelimiter('Nom;Prénom;E-mail\r\na,b;c;d')).toBe(';');
    expect(detectDelimiter('Nom,Prénom,E-mail\na;b,c,d')).toBe(',');
  });

  it('skips blank lines and ignores delimiters inside quotes', () => {
    expect(detectDelimiter('\n  \n"Nom, usuel";Prénom\n')).toBe(';');
    expect(detectDelimiter('"Nom; usuel",Prénom')).toBe(',');
  });

  it('falls back on the semicolon', () => {
    expect(detectDelimiter('Nom')).toBe(';');
    expect(detectDelimiter('')).toBe(';');
    expect(detectDelimiter('a;b,c')).toBe(';');
  });
});

describe('readCsvRecords', () => {
  it('splits records on LF, CRLF or CR and numbers their lines', () => {
    expect(readCsvRecords('a;b\r\nc;d\ne;f\rg', ';')).toEqual([
      { line: 1, fields: ['a', 'b'], unterminatedQuote: false },
      { line: 2, fields: ['c', 'd'], unterminatedQuote: false },
      { line: 3, fields: ['e', 'f'], unterminatedQuote: false },
      { line: 4, fields: ['g'], unterminatedQuote: false },
    ]);
  });

  it('reads quoted fields with delimiters, doubled quotes and line breaks', () => {
    const records = readCsvRecords('"Dupont; père";"Il a dit ""bonjour""";"ligne 1\r\nligne 2"\nnext', ';');
    expect(records).toEqual([
      { line: 1, fields: ['Dupont; père', 'Il a dit "bonjour"', 'ligne 1\nligne 2'], unterminatedQuote: false },
      { line: 3, fields: ['next'], unterminatedQuote: false },
    ]);
  });

  it('keeps blank lines as blank records and no record after a final line break', () => {
    const records = readCsvRecords('a\n\n;;\n', ';');
    expect(records.map((r) => r.fields)).toEqual([['a'], [''], ['', '', '']]);
    expect(records.map(isBlankRecord)).toEqual([false, true, true]);
    expect(readCsvRecords('', ';')).toEqual([]);
  });

  it('keeps a quote found inside an unquoted field, and text after a closing quote', () => {
    expect(readCsvRecords('O"Neil;"ab"c;""', ';')[0].fields).toEqual(['O"Neil', 'abc', '']);
  });

  it('flags a quote left open at the end of the text', () => {
    expect(readCsvRecords('a;b\n"open;c\nd', ';')).toEqual([
      { line: 1, fields: ['a', 'b'], unterminatedQuote: false },
      { line: 2, fields: ['open;c\nd'], unterminatedQuote: true },
    ]);
  });

  it('reads back any table written with RFC 4180 quoting, with either delimiter and line ending', () => {
    const field = fc.string({ unit: fc.constantFrom('a', 'é', ' ', ';', ',', '"', '\n', '\r\n', 'x') });
    const table = fc.array(fc.array(field, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(table, fc.constantFrom<';' | ','>(';', ','), fc.constantFrom('\n', '\r\n'), (rows, delimiter, eol) => {
        const quote = (f: string) => `"${f.replace(/"/g, '""')}"`;
        const text = rows.map((r) => r.map(quote).join(delimiter)).join(eol) + eol;
        const expected = rows.map((r) => r.map((f) => f.replace(/\r\n/g, '\n')));
        expect(readCsvRecords(text, delimiter).map((r) => r.fields)).toEqual(expected);
      }),
    );
  });
});
