import fc from 'fast-check';
import { toCsv } from '@app/platform/files/csv-writer';
import { HOST_SITE_KINDS, HOST_SITE_KIND_LABELS } from '../host-sites/host-site-kind';
import {
  hostSiteCsvRow,
  HOST_SITE_CSV_HEADER,
  HostSiteFields,
  MAX_HOST_SITE_CSV_ROWS,
  parseHostSiteCsv,
  planHostSiteImport,
  readKind,
} from './host-site-csv.rules';

const HEADER = HOST_SITE_CSV_HEADER.join(';');
const LILAS = 'Cabinet médical des Lilas;Cabinet de médecine générale;;8 rue des Lilas;69003;Lyon;732 829 320 00074;2;';

type Cells = Record<'name' | 'kind' | 'speciality' | 'address' | 'postalCode' | 'city' | 'siret' | 'capacity' | 'contacts', string>;

/** A file of one valid line (a health centre), with some cells replaced. */
const parseOne = (over: Partial<Cells> = {}) => {
  const c: Cells = {
    name: 'Centre Nord',
    kind: 'Centre de santé',
    speciality: '',
    address: '1 rue du Nord',
    postalCode: '69004',
    city: 'Lyon',
    siret: '',
    capacity: '2',
    contacts: '',
    ...over,
  };
  return parseHostSiteCsv(
    `${HEADER}\n${[c.name, c.kind, c.speciality, c.address, c.postalCode, c.city, c.siret, c.capacity, c.contacts].join(';')}`,
  );
};
const messagesOf = (over: Partial<Cells>) => parseOne(over).errors.map((e) => e.message);

/** The CSV the export writes for these sites. */
const exported = (sites: HostSiteFields[]) => toCsv(HOST_SITE_CSV_HEADER, sites.map(hostSiteCsvRow));

describe('parseHostSiteCsv', () => {
  it('reads the export’s columns: SIRET without spaces, contacts split into name, role, e-mail and phone', () => {
    const text = `${HEADER}\r\n${LILAS}Dr Anne Roux – Médecin associée – A.Roux@Lilas.fr – 04 78 00 00 00 | Accueil – 04 78 00 00 01\r\n`;
    expect(parseHostSiteCsv(text)).toEqual({
      rows: [
        {
          line: 2,
          name: 'Cabinet médical des Lilas',
          kind: 'general_practice',
          speciality: null,
          address: '8 rue des Lilas',
          postalCode: '69003',
          city: 'Lyon',
          siret: '73282932000074',
          capacity: 2,
          contacts: [
            { name: 'Dr Anne Roux', role: 'Médecin associée', email: 'a.roux@lilas.fr', phone: '04 78 00 00 00' },
            { name: 'Accueil', role: null, email: null, phone: '04 78 00 00 01' },
          ],
        },
      ],
      errors: [],
    });
  });

  it('accepts « , », a byte order mark, columns in another order, blank lines, quoted fields and kind codes', () => {
    const text =
      '\uFEFFville,nom,Code Postal,adresse,TYPE,capacite,Specialite\n\n' +
      'Lyon,"Cabinet Dupont, cardiologie",1000,"2 place ""Bellecour""",specialist_practice,3,Cardiologie\n,,,,,,\n';
    const { rows, errors } = parseHostSiteCsv(text);
    expect(errors).toEqual([]);
    expect(rows[0]).toMatchObject({
      line: 3,
      name: 'Cabinet Dupont, cardiologie',
      postalCode: '01000',
      address: '2 place "Bellecour"',
      kind: 'specialist_practice',
      speciality: 'Cardiologie',
      siret: null,
      contacts: [],
    });
  });

  it('reads back a cell the export neutralised as a formula', () => {
    const [site] = parseHostSiteCsv(
      exported([
        {
          name: '=Cabinet',
          kind: 'msp',
          speciality: null,
          address: '-1 rue',
          postalCode: '75001',
          city: 'Paris',
          siret: null,
          capacity: 1,
          contacts: [],
        },
      ]),
    ).rows;
    expect(site).toMatchObject({ name: '=Cabinet', address: '-1 rue' });
  });

  it('lists every bad line with what is wrong, in French', () => {
    const text = [
      HEADER,
      'X;Clinique;;;690;;73282932000075;0;Dr Roux – roux@ – Médecin – Associée',
      'Cabinet Bellecour;Cabinet de spécialiste;;2 place Bellecour;69002;Lyon;;51;',
      LILAS,
      'Autre nom;Centre de santé;;1 rue;69003;Lyon;73282932000074;2;',
      'Centre Nord;Centre de santé;;1 rue du Nord;69004;Lyon;;2;',
      'centre  NORD;Centre de santé;;3 rue du Nord;69004;Lyon;;2;',
    ].join('\n');
    const { rows, errors } = parseHostSiteCsv(text);
    expect(rows.map((r) => r.line)).toEqual([4, 6]);
    expect(errors.filter((e) => e.line === 2).map((e) => e.field)).toEqual([
      'name',
      'kind',
      'address',
      'postalCode',
      'city',
      'siret',
      'capacity',
      'contacts',
      'contacts',
    ]);
    expect(errors.find((e) => e.line === 2 && e.field === 'kind')?.message).toMatch(/^Type inconnu : « Clinique »/);
    expect(errors.find((e) => e.line === 2 && e.field === 'siret')?.message).toMatch(/^SIRET invalide/);
    expect(errors.filter((e) => e.line === 3).map((e) => e.message)).toEqual([
      'La spécialité (cabinet de spécialiste) est obligatoire.',
      'Capacité invalide : « 51 » (un nombre entier de 1 à 50 est attendu).',
    ]);
    expect(errors.find((e) => e.line === 2 && e.field === 'name')?.message).toBe('Le nom est trop court (2 caractères au moins).');
    expect(errors.find((e) => e.line === 2 && e.field === 'address')?.message).toBe('L’adresse est obligatoire.');
    expect(errors.find((e) => e.line === 2 && e.field === 'city')?.message).toBe('La ville est obligatoire.');
    expect(errors.filter((e) => e.line === 2 && e.field === 'contacts').map((e) => e.message)).toEqual([
      'Contact « Dr Roux » : adresse e-mail invalide « roux@ ».',
      'Contact « Dr Roux » : « Associée » n’est ni un rôle, ni une adresse e-mail, ni un téléphone.',
    ]);
    expect(errors.find((e) => e.line === 5)).toEqual({ line: 5, field: 'siret', message: 'Le SIRET 73282932000074 figure déjà ligne 4.' });
    expect(errors.find((e) => e.line === 7)).toEqual({
      line: 7,
      field: 'name',
      message: 'Le lieu « centre NORD » (69004) figure déjà ligne 6.',
    });
  });

  it('refuses a file without the required columns, an empty file, an unclosed quote and too many lines', () => {
    expect(parseHostSiteCsv('Nom;Ville\nA;B')).toEqual({
      rows: [],
      errors: [{ line: 1, message: expect.stringMatching(/^Colonnes obligatoires manquantes : « Type », « Adresse »/) }],
    });
    expect(parseHostSiteCsv('\uFEFF\r\n')).toEqual({
      rows: [],
      errors: [{ line: 1, message: expect.stringMatching(/^Le fichier est vide/) }],
    });
    expect(parseHostSiteCsv(`${HEADER}\n`)).toEqual({
      rows: [],
      errors: [{ line: 2, message: 'Le fichier ne contient aucun lieu de stage.' }],
    });
    expect(parseHostSiteCsv(`${HEADER}\n"Cabinet;x`).errors[0].message).toMatch(/^Guillemet non fermé/);
    const many = `${HEADER}\n${Array.from({ length: MAX_HOST_SITE_CSV_ROWS + 1 }, (_, i) => `C${i};Autre;;1 rue;75001;Paris;;1;`).join('\n')}`;
    expect(parseHostSiteCsv(many)).toEqual({
      rows: [],
      errors: [{ line: MAX_HOST_SITE_CSV_ROWS + 2, message: expect.stringMatching(/^Le fichier contient 2001 lignes/) }],
    });
  });

  it('accepts exactly MAX_HOST_SITE_CSV_ROWS lines', () => {
    const max = `${HEADER}\n${Array.from({ length: MAX_HOST_SITE_CSV_ROWS }, (_, i) => `C${i};Autre;;1 rue;75001;Paris;;1;`).join('\n')}`;
    const { rows, errors } = parseHostSiteCsv(max);
    expect(errors).toEqual([]);
    expect(rows).toHaveLength(MAX_HOST_SITE_CSV_ROWS);
  });

  it('checks each length at its limit: name 2 to 200 characters, speciality at most 100', () => {
    expect(parseOne({ name: 'AB' }).rows[0].name).toBe('AB');
    expect(messagesOf({ name: 'A' })).toEqual(['Le nom est trop court (2 caractères au moins).']);
    expect(parseOne({ name: 'N'.repeat(200) }).rows[0].name).toBe('N'.repeat(200));
    expect(messagesOf({ name: 'N'.repeat(201) })).toEqual(['Le nom dépasse 200 caractères.']);
    // A speciality is kept for any kind, and required only for a specialist.
    expect(parseOne({ speciality: 'Pédiatrie' }).rows[0].speciality).toBe('Pédiatrie');
    expect(parseOne({ speciality: 'S'.repeat(100) }).rows[0].speciality).toBe('S'.repeat(100));
    expect(parseOne({ speciality: 'S'.repeat(101) }).errors).toEqual([
      { line: 2, field: 'speciality', message: 'La spécialité dépasse 100 caractères.' },
    ]);
    expect(messagesOf({ kind: 'Cabinet de spécialiste', speciality: 'S'.repeat(101) })).toEqual([
      'La spécialité (cabinet de spécialiste) dépasse 100 caractères.',
    ]);
  });

  it('names the possible kinds when the kind is missing or unknown', () => {
    const labels =
      '« Cabinet de médecine générale », « Cabinet de spécialiste », « Centre de santé », « Maison de santé pluriprofessionnelle », « Autre »';
    expect(messagesOf({ kind: '' })).toEqual([`Le type est obligatoire (${labels}).`]);
    expect(messagesOf({ kind: 'Clinique' })).toEqual([`Type inconnu : « Clinique ». Types possibles : ${labels}.`]);
  });

  it('reads a postal code of 5 digits, or 4 given back their leading 0, and nothing else', () => {
    expect(parseOne({ postalCode: '1000' }).rows[0].postalCode).toBe('01000');
    expect(parseOne({ postalCode: '01000' }).rows[0].postalCode).toBe('01000');
    for (const bad of ['690', '690123', '69003x', '6900x', 'x6900']) {
      expect(messagesOf({ postalCode: bad })).toEqual([`Code postal invalide : « ${bad} » (5 chiffres attendus).`]);
    }
    expect(messagesOf({ postalCode: '' })).toEqual(['Le code postal est obligatoire.']);
  });

  it('reads a capacity written as a whole number from 1 to 50 only', () => {
    expect(parseOne({ capacity: '1' }).rows[0].capacity).toBe(1);
    expect(parseOne({ capacity: '50' }).rows[0].capacity).toBe(50);
    for (const bad of ['0', '51', '+5', '5.0', '1e1', '5 places']) {
      expect(messagesOf({ capacity: bad })).toEqual([`Capacité invalide : « ${bad} » (un nombre entier de 1 à 50 est attendu).`]);
    }
    expect(messagesOf({ capacity: '' })).toEqual(['La capacité est obligatoire.']);
  });

  it('reads a line shorter than the header as empty cells, and names in their composed (NFC) form', () => {
    expect(parseHostSiteCsv(`${HEADER}\nCentre Nord;Centre de santé`).errors.map((e) => e.message)).toEqual([
      'L’adresse est obligatoire.',
      'Le code postal est obligatoire.',
      'La ville est obligatoire.',
      'La capacité est obligatoire.',
    ]);
    const decomposed = 'Cabinet me\u0301dical';
    expect(parseOne({ name: decomposed }).rows[0].name).toBe('Cabinet m\u00e9dical');
    expect(parseOne({ name: ' Centre  Nord ', city: '\tLyon ' }).rows[0]).toMatchObject({ name: 'Centre Nord', city: 'Lyon' });
  });

  it('splits contacts on « | » with or without spaces, skips empty ones, and accepts at most 10', () => {
    const names = (contacts: string) => parseOne({ contacts }).rows[0].contacts.map((c) => c.name);
    expect(names('Dr Roux|Accueil')).toEqual(['Dr Roux', 'Accueil']);
    expect(names('Dr Roux | | Accueil |')).toEqual(['Dr Roux', 'Accueil']);
    const contacts = (n: number) => Array.from({ length: n }, (_, i) => `Contact ${i}`).join(' | ');
    expect(names(contacts(10))).toHaveLength(10);
    expect(parseOne({ contacts: contacts(11) }).errors).toEqual([
      { line: 2, field: 'contacts', message: 'Trop de contacts : 11 (10 au maximum).' },
    ]);
  });

  it('checks a contact’s name (2 to 150 characters) and role (at most 100 characters, one only)', () => {
    expect(parseOne({ contacts: 'Al' }).rows[0].contacts).toEqual([{ name: 'Al', role: null, email: null, phone: null }]);
    expect(parseOne({ contacts: 'A – Secrétaire' }).errors).toEqual([
      { line: 2, field: 'contacts', message: 'Contact « A – Secrétaire » : le nom compte de 2 à 150 caractères.' },
    ]);
    expect(parseOne({ contacts: 'N'.repeat(150) }).rows[0].contacts[0].name).toBe('N'.repeat(150));
    expect(messagesOf({ contacts: 'N'.repeat(151) })).toEqual([`Contact « ${'N'.repeat(151)} » : le nom compte de 2 à 150 caractères.`]);
    expect(parseOne({ contacts: `Dr Roux – ${'R'.repeat(100)}` }).rows[0].contacts[0].role).toBe('R'.repeat(100));
    expect(messagesOf({ contacts: `Dr Roux – ${'R'.repeat(101)}` })).toEqual([
      `Contact « Dr Roux » : « ${'R'.repeat(101)} » n’est ni un rôle, ni une adresse e-mail, ni un téléphone.`,
    ]);
  });

  it('reads back every directory the export writes', () => {
    const text = fc.stringMatching(/^[A-Za-zÀ-ÿ0-9=+@";,-][A-Za-zÀ-ÿ0-9 "';,.=+@-]{2,30}[A-Za-zÀ-ÿ0-9]$/);
    const site = fc.record<HostSiteFields>({
      name: text,
      kind: fc.constantFrom(...HOST_SITE_KINDS.filter((k) => k !== 'specialist_practice')),
      speciality: fc.constant(null),
      address: text,
      postalCode: fc.stringMatching(/^\d{5}$/),
      city: text,
      siret: fc.constantFrom(null, '73282932000074', '35600000000001'),
      capacity: fc.integer({ min: 1, max: 50 }),
      contacts: fc.array(
        fc.record({
          name: fc.stringMatching(/^[A-Z][a-zé]{1,10} [A-Z][a-z]{1,10}$/),
          role: fc.constantFrom(null, 'Secrétaire', 'Médecin associé'),
          email: fc.constantFrom(null, 'contact@cabinet.fr'),
          phone: fc.constantFrom(null, '04 78 00 00 00', '+33 6 12 34 56 78'),
        }),
        { maxLength: 3 },
      ),
    });
    fc.assert(
      fc.property(fc.array(site, { minLength: 1, maxLength: 4 }), (sites) => {
        const unique = sites.filter(
          (s, i) => sites.findIndex((o) => (o.siret ?? o.name + o.postalCode) === (s.siret ?? s.name + s.postalCode)) === i,
        );
        const normalised = unique.map((s) => ({
          ...s,
          name: s.name.replace(/\s+/g, ' ').trim(),
          address: s.address.replace(/\s+/g, ' ').trim(),
        }));
        const { rows, errors } = parseHostSiteCsv(exported(normalised));
        expect(errors).toEqual([]);
        expect(rows.map(({ line: _line, ...fields }) => fields)).toEqual(
          normalised.map((s) => ({ ...s, city: s.city.replace(/\s+/g, ' ').trim() })),
        );
      }),
    );
  });
});

describe('readKind', () => {
  it('knows each label and code, without case or accents', () => {
    for (const kind of HOST_SITE_KINDS) {
      expect(readKind(HOST_SITE_KIND_LABELS[kind].toUpperCase())).toBe(kind);
      expect(readKind(kind)).toBe(kind);
    }
    expect(readKind('centre de sante')).toBe('health_centre');
    expect(readKind('Clinique')).toBeNull();
  });
});

describe('planHostSiteImport', () => {
  const site = (over: Partial<HostSiteFields> = {}): HostSiteFields => ({
    name: 'Cabinet des Lilas',
    kind: 'general_practice',
    speciality: null,
    address: '8 rue des Lilas',
    postalCode: '69003',
    city: 'Lyon',
    siret: null,
    capacity: 2,
    contacts: [{ name: 'Dr Roux', role: null, email: 'roux@lilas.fr', phone: null }],
    ...over,
  });
  const existing = [
    { ...site({ siret: '73282932000074', name: 'Ancien nom' }), id: 's1' },
    { ...site({ name: 'Centre Nord', postalCode: '69004' }), id: 's2' },
    { ...site({ name: 'Maison Sud', postalCode: '69007' }), id: 's3' },
  ];

  it('updates the site with the SIRET, else with the name and postal code; creates the others', () => {
    const rows = [
      { ...site({ siret: '73282932000074', capacity: 3 }), line: 2 },
      { ...site({ name: 'CENTRE  nord', postalCode: '69004' }), line: 3 },
      { ...site({ name: 'Maison Sud', postalCode: '69007', siret: '35600000000001' }), line: 4 },
      { ...site({ name: 'Centre Nord', postalCode: '69005' }), line: 5 },
    ];
    expect(planHostSiteImport(rows, existing)).toEqual({
      lines: [
        { line: 2, name: 'Cabinet des Lilas', action: 'update', hostSiteId: 's1', changes: ['name', 'capacity'] },
        { line: 3, name: 'CENTRE  nord', action: 'update', hostSiteId: 's2', changes: ['name'] },
        { line: 4, name: 'Maison Sud', action: 'update', hostSiteId: 's3', changes: ['siret'] },
        { line: 5, name: 'Centre Nord', action: 'create', hostSiteId: null, changes: [] },
      ],
      errors: [],
    });
  });

  it('creates a site when the line’s SIRET is new, even if a site with another SIRET has its name and postal code', () => {
    const rows = [{ ...site({ name: 'Ancien nom', postalCode: '69003', siret: '35600000000001' }), line: 2 }];
    expect(planHostSiteImport(rows, existing).lines).toEqual([
      { line: 2, name: 'Ancien nom', action: 'create', hostSiteId: null, changes: [] },
    ]);
  });

  it('leaves a site with the same fields unchanged, and refuses two lines for one site', () => {
    const rows = [
      { ...site({ name: 'Centre Nord', postalCode: '69004' }), line: 2 },
      { ...site({ name: 'Ancien nom', postalCode: '69003', siret: '73282932000074' }), line: 3 },
      { ...site({ name: 'Ancien nom', postalCode: '69003' }), line: 4 },
    ];
    const plan = planHostSiteImport(rows, existing);
    expect(plan.lines.map((l) => l.action)).toEqual(['unchanged', 'unchanged']);
    expect(plan.errors).toEqual([{ line: 4, message: 'Cette ligne désigne le même lieu de stage (« Ancien nom ») que la ligne 3.' }]);
  });
});
