import fc from 'fast-check';
import { csvCell, toCsv } from './csv-writer';

describe('toCsv', () => {
  it('writes a BOM, semicolons and CRLF, French numbers and booleans', () => {
    expect(
      toCsv(
        ['Nom', 'Heures', 'VAE'],
        [
          ['Dupont', 1.5, true],
          ['Élise', 3, null],
        ],
      ),
    ).toBe('\uFEFFNom;Heures;VAE\r\nDupont;1,5;oui\r\nÉlise;3;\r\n');
  });

  it('quotes what would break the line and neutralises formulas', () => {
    expect(csvCell('a;b')).toBe('"a;b"');
    expect(csvCell('dit "oui"')).toBe('"dit ""oui"""');
    expect(csvCell('ligne\nsuivante')).toBe('"ligne\nsuivante"');
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('+33 6 12')).toBe("'+33 6 12");
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell(' espace')).toBe('" espace"');
  });

  it('keeps every cell in its place: outside quotes, two lines of two separators each', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { minLength: 3, maxLength: 3 }), (cells) => {
        const outside = toCsv(['a', 'b', 'c'], [cells])
          .slice(1)
          .replace(/"(?:[^"]|"")*"/g, '');
        const lines = outside.split('\r\n');
        return lines.length === 3 && lines[2] === '' && lines.slice(0, 2).every((l) => (l.match(/;/g) ?? []).length === 2);
      }),
      { numRuns: 500 },
    );
  });
});
