import fc from 'fast-check';
import { decodeCsv, MAX_TRAINEE_CSV_ROWS, parseTraineeCsv, TraineeCsvRow } from './trainee-csv.rules';

const HEADER = 'Nom;Prénom;E-mail;Téléphone';

describe('decodeCsv (re-exported for imports)', () => {
  it('reads « Hélène » from a UTF-8 file and from a Windows-1252 file', () => {
    const utf8 = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${HEADER}\r\nMartin;Hélène;h@x.fr;`, 'utf8')]);
    const cp1252 = Buffer.from([
      ...Buffer.from('Martin;H', 'latin1'),
      0xe9,
      ...Buffer.from('l', 'latin1'),
      0xe8,
      ...Buffer.from('ne;h@x.fr', 'latin1'),
    ]);
    expect(decodeCsv(utf8)).toBe(`${HEADER}\r\nMartin;Hélène;h@x.fr;`);
    expect(decodeCsv(cp1252)).toBe('Martin;Hélène;h@x.fr');
    expect(parseTraineeCsv(decodeCsv(utf8)).rows[0].firstName).toBe('Hélène');
  });
});

describe('parseTraineeCsv', () => {
  it('reads a semicolon file with CRLF, normalising each field', () => {
    const text = `${HEADER}\r\n  Martin ; Hélène  ;Helene.Martin@Example.FR;06 12 34 56 78\r\nDurand;Jean  Pierre;jp@durand.fr;\r\n`;
    expect(parseTraineeCsv(text)).toEqual({
      rows: [
        { line: 2, lastName: 'Martin', firstName: 'Hélène', email: 'helene.martin@example.fr', phone: '0612345678' },
        { line: 3, lastName: 'Durand', firstName: 'Jean Pierre', email: 'jp@durand.fr', phone: null },
      ],
      errors: [],
    });
  });

  it('reads a comma file with LF, quoted fields and columns in any order', () => {
    const text = 'Email,Prénom,Nom,Ville\n"a@b.fr","Marie, dite ""Mimi""",Le Gall,Brest\n';
    expect(parseTraineeCsv(text).rows).toEqual([
      { line: 2, lastName: 'Le Gall', firstName: 'Marie, dite "Mimi"', email: 'a@b.fr', phone: null },
    ]);
  });

  it.each([
    ['NOM;prenom;EMAIL'],
    ['nom ; PRÉNOM ; e-mail'],
    ['Nom;Prénom;Courriel'],
    ['Nom;Prénom;Adresse e-mail'],
    ['Nom;Prénom;Adresse E-Mail;TÉLÉPHONE'],
    ['\uFEFFNom;Prénom;E-mail'],
  ])('recognises the header %j', (header) => {
    expect(parseTraineeCsv(`${header}\nMartin;Hélène;h@x.fr`)).toMatchObject({
      rows: [{ lastName: 'Martin', email: 'h@x.fr' }],
      errors: [],
    });
  });

  it('refuses a file missing a required column with one error on the header line listing what is expected', () => {
    expect(parseTraineeCsv('Nom;Téléphone\nMartin;0612345678')).toEqual({
      rows: [],
      errors: [
        {
          line: 1,
          message:
            "Colonnes obligatoires manquantes : « Prénom », « E-mail ». L'en-tête doit contenir les colonnes « Nom », « Prénom », « E-mail » et, si besoin, « Téléphone ».",
        },
      ],
    });
    expect(parseTraineeCsv('Nom;Prénom\nMartin;Hélène').errors).toEqual([
      expect.objectContaining({ line: 1, message: expect.stringMatching(/^Colonne obligatoire manquante : « E-mail »\./) }),
    ]);
  });

  it('refuses a header naming a column twice', () => {
    expect(parseTraineeCsv('Nom;Prénom;Email;Courriel\nMartin;Hélène;a@b.fr;c@d.fr')).toEqual({
      rows: [],
      errors: [{ line: 1, field: 'email', message: "La colonne « E-mail » apparaît plusieurs fois dans l'en-tête (colonnes 3, 4)." }],
    });
  });

  it('refuses an empty file', () => {
    for (const text of ['', '\r\n\n  \n', ';;;\n']) {
      expect(parseTraineeCsv(text)).toEqual({ rows: [], errors: [{ line: 1, message: expect.stringMatching(/^Le fichier est vide\./) }] });
    }
  });

  it('gives a header without data no rows and no errors', () => {
    expect(parseTraineeCsv(`${HEADER}\r\n`)).toEqual({ rows: [], errors: [] });
  });

  it('ignores blank lines and keeps the real line numbers', () => {
    const text = `\n${HEADER}\n\nMartin;Hélène;h@x.fr;\n;;;\n   \nDurand;Jean;j@x.fr;\n`;
    const { rows, errors } = parseTraineeCsv(text);
    expect(errors).toEqual([]);
    expect(rows.map((r) => r.line)).toEqual([4, 7]);
  });

  it('counts lines inside a quoted multi-line field', () => {
    const { rows } = parseTraineeCsv(`${HEADER}\n"Martin\nSmith";Hélène;h@x.fr;\nDurand;Jean;j@x.fr;`);
    expect(rows.map((r) => [r.line, r.lastName])).toEqual([
      [2, 'Martin Smith'],
      [4, 'Durand'],
    ]);
  });

  it('reports each missing required field', () => {
    expect(parseTraineeCsv(`${HEADER}\n  ;;;0612345678`)).toEqual({
      rows: [],
      errors: [
        { line: 2, field: 'lastName', message: 'Le nom est obligatoire.' },
        { line: 2, field: 'firstName', message: 'Le prénom est obligatoire.' },
        { line: 2, field: 'email', message: "L'adresse e-mail est obligatoire." },
      ],
    });
  });

  it('treats a short row as missing its last fields', () => {
    expect(parseTraineeCsv(`${HEADER}\nMartin;Hélène`).errors).toEqual([
      { line: 2, field: 'email', message: "L'adresse e-mail est obligatoire." },
    ]);
  });

  it('refuses an invalid e-mail, quoting it', () => {
    expect(parseTraineeCsv(`${HEADER}\nMartin;Hélène; helene@exemple ;`).errors).toEqual([
      { line: 2, field: 'email', message: 'Adresse e-mail invalide : « helene@exemple ».' },
    ]);
  });

  it('refuses an e-mail already used in the file, naming the first line, whatever its case', () => {
    const text = `${HEADER}\nMartin;Hélène;h@x.fr;\nDurand;Jean;j@x.fr;\nMartin;Hélène bis;H@X.FR;`;
    const { rows, errors } = parseTraineeCsv(text);
    expect(rows.map((r) => r.line)).toEqual([2, 3]);
    expect(errors).toEqual([{ line: 4, field: 'email', message: "L'adresse e-mail h@x.fr figure déjà ligne 2." }]);
  });

  it('refuses an invalid phone number and accepts the usual French spellings', () => {
    expect(parseTraineeCsv(`${HEADER}\nMartin;Hélène;h@x.fr;06 12 34`).errors).toEqual([
      {
        line: 2,
        field: 'phone',
        message:
          'Numéro de téléphone invalide : « 06 12 34 ». Attendu : 10 chiffres (06 12 34 56 78) ou un numéro international (+33 6 12 34 56 78).',
      },
    ]);
    const ok = parseTraineeCsv(`${HEADER}\na;b;a@x.fr;06.12.34.56.78\nc;d;c@x.fr;+33 6 12 34 56 78\ne;f;e@x.fr;612345678`);
    expect(ok.rows.map((r) => r.phone)).toEqual(['0612345678', '+33612345678', '0612345678']);
  });

  it('refuses names longer than 99 characters (the full name holds 200)', () => {
    expect(parseTraineeCsv(`${HEADER}\n${'x'.repeat(100)};Hélène;h@x.fr;`).errors).toEqual([
      { line: 2, field: 'lastName', message: 'Le nom dépasse 99 caractères.' },
    ]);
    expect(parseTraineeCsv(`${HEADER}\n${'x'.repeat(99)};${'y'.repeat(99)};h@x.fr;`).errors).toEqual([]);
  });

  it('reports a quote left open', () => {
    expect(parseTraineeCsv(`${HEADER}\nMartin;Hélène;h@x.fr;\n"Durand;Jean;j@x.fr;\nLeroy;Paul;p@x.fr;`)).toEqual({
      rows: [{ line: 2, lastName: 'Martin', firstName: 'Hélène', email: 'h@x.fr', phone: null }],
      errors: [{ line: 3, message: 'Guillemet non fermé : la fin de cette ligne et les suivantes sont illisibles.' }],
    });
  });

  it(`accepts ${MAX_TRAINEE_CSV_ROWS} data rows and refuses the whole file beyond`, () => {
    const lines = (n: number) => Array.from({ length: n }, (_, i) => `N${i};P${i};p${i}@x.fr;`);
    expect(parseTraineeCsv([HEADER, ...lines(MAX_TRAINEE_CSV_ROWS)].join('\n')).rows).toHaveLength(MAX_TRAINEE_CSV_ROWS);
    expect(parseTraineeCsv([HEADER, '', ...lines(MAX_TRAINEE_CSV_ROWS + 1)].join('\n'))).toEqual({
      rows: [],
      errors: [
        {
          line: 2003,
          message: 'Le fichier contient 2001 lignes de données : 2000 au maximum par import. Découpez-le en plusieurs fichiers.',
        },
      ],
    });
  });

  it('reads back any list of valid trainees, whatever the delimiter, line ending and quoting', () => {
    const name = fc.stringMatching(/^[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ' ,;"-]{0,20}[A-Za-zÀ-ÿ]$/).map((s) => s.replace(/ +/g, ' '));
    const trainee = fc.record({
      lastName: name,
      firstName: name,
      local: fc.stringMatching(/^[a-z0-9]{1,10}$/),
      phone: fc.option(fc.stringMatching(/^0[1-9]\d{8}$/), { nil: null }),
    });
    const trainees = fc.uniqueArray(trainee, { selector: (t) => t.local, maxLength: 20 });
    fc.assert(
      fc.property(trainees, fc.constantFrom(';', ','), fc.constantFrom('\n', '\r\n'), (list, delimiter, eol) => {
        const cell = (s: string) => `"${s.replace(/"/g, '""')}"`;
        const lines = list.map((t) => [t.lastName, t.firstName, `${t.local}@Ecole.FR`, t.phone ?? ''].map(cell).join(delimiter));
        const text = [['Nom', 'Prénom', 'E-mail', 'Téléphone'].join(delimiter), ...lines].join(eol);
        const expected: TraineeCsvRow[] = list.map((t, i) => ({
          line: i + 2,
          lastName: t.lastName,
          firstName: t.firstName,
          email: `${t.local}@ecole.fr`,
          phone: t.phone,
        }));
        expect(parseTraineeCsv(text)).toEqual({ rows: expected, errors: [] });
      }),
    );
  });

  it('never gives a line both a row and an error, and keeps e-mails lower-case and unique', () => {
    const cell = fc.constantFrom('', 'Martin', ' Hélène ', 'a@b.fr', 'A@B.FR', 'nope', '06 12 34 56 78', '12', '"q;"');
    const line = fc.array(cell, { minLength: 0, maxLength: 5 }).map((cells) => cells.join(';'));
    fc.assert(
      fc.property(fc.array(line, { maxLength: 15 }), (lines) => {
        const { rows, errors } = parseTraineeCsv([HEADER, ...lines].join('\n'));
        const rowLines = new Set(rows.map((r) => r.line));
        for (const e of errors) expect(rowLines.has(e.line)).toBe(false);
        for (const r of rows) expect(r.email).toBe(r.email.toLowerCase());
        expect(new Set(rows.map((r) => r.email)).size).toBe(rows.length);
      }),
    );
  });
});
