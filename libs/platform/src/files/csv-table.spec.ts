import fc from 'fast-check';
import { csvCell, toCsv } from './csv-writer';
import { errorsByLine, mapCsvHeader, normaliseHeaderName, readCsvCell, readCsvTable } from './csv-table';

const COLUMNS = [
  { column: 'name' as const, label: 'Nom', required: true, aliases: ['nom'] },
  { column: 'postalCode' as const, label: 'Code postal', required: true, aliases: ['codepostal', 'cp'] },
  { column: 'city' as const, label: 'Ville', required: false, aliases: ['ville'] },
];

describe('readCsvTable', () => {
  it('drops the byte order mark and blank lines, reads CRLF, quotes and the « , » of the header', () => {
    const records = readCsvTable('\uFEFFNom,Ville\r\n\r\n"Dupont, fils",Lyon\r\n,,\r\n"Le ""Cabinet""",Paris\r\n');
    expect(records.map((r) => [r.line, r.fields])).toEqual([
      [1, ['Nom', 'Ville']],
      [3, ['Dupont, fils', 'Lyon']],
      [5, ['Le "Cabinet"', 'Paris']],
    ]);
  });

  it('reads back every table toCsv writes', () => {
    const cell = fc.oneof(fc.string(), fc.constantFrom('=SOMME(A1)', '+33 6', '-2', '@x', 'a;b', 'dit "oui"', 'deux\nlignes'));
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 2, maxLength: 2 }), { maxLength: 5 }), (rows) => {
        const kept = rows.filter((r) => r.some((c) => c.trim() !== ''));
        const read = readCsvTable(toCsv(['A', 'B'], kept)).slice(1);
        expect(read.map((r) => r.fields.map(readCsvCell))).toEqual(kept.map((r) => r.map((c) => c.replace(/\r\n?/g, '\n'))));
      }),
    );
  });
});

describe('readCsvCell', () => {
  it('removes the apostrophe csvCell puts before a formula, and only that one', () => {
    for (const text of ['=1+1', '+33 6 12', '-5', '@SOMME', "'déjà cité", 'texte'])
      expect(readCsvCell(csvCell(text).replace(/^"|"$/g, ''))).toBe(text);
    expect(readCsvCell("'abc")).toBe("'abc");
  });
});

describe('mapCsvHeader', () => {
  const header = (...fields: string[]) => ({ line: 1, fields, unterminatedQuote: false });

  it('finds the columns in any order and spelling', () => {
    expect(normaliseHeaderName(' Code-Postal ')).toBe('codepostal');
    expect(mapCsvHeader(header('VILLE', 'Code postal', 'Autre', 'Nom'), COLUMNS, '')).toEqual({
      indexes: { city: 0, postalCode: 1, name: 3 },
    });
  });

  it('names the missing and repeated columns', () => {
    const result = mapCsvHeader(header('Nom', 'nom', 'Ville'), COLUMNS, 'Attendu : Nom, Code postal.');
    expect(result).toEqual({
      errors: [
        { line: 1, message: 'Colonne obligatoire manquante : « Code postal ». Attendu : Nom, Code postal.' },
        { line: 1, field: 'name', message: "La colonne « Nom » apparaît plusieurs fois dans l'en-tête (colonnes 1, 2)." },
      ],
    });
  });
});

describe('errorsByLine', () => {
  it('groups the messages per line, in line order', () => {
    expect(
      errorsByLine([
        { line: 4, message: 'b' },
        { line: 2, message: 'a' },
        { line: 4, message: 'c' },
      ]),
    ).toEqual({ 'ligne 2': ['a'], 'ligne 4': ['b', 'c'] });
  });
});
