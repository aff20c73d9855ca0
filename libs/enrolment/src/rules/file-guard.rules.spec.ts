import fc from 'fast-check';
import { crc32, deflateRawSync, deflateSync } from 'node:zlib';
import { checkUpload, MAX_FILE_NAME_LENGTH, safeFileName, sniffType, SNIFF_BYTES } from './file-guard.rules';

// ---- Real files, assembled byte by byte. ----

const ascii = (text: string) => Buffer.from(text, 'latin1');
const head = (file: Uint8Array) => file.subarray(0, SNIFF_BYTES);

function u16(value: number): Buffer {
  const b = Buffer.alloc(2);
  b.writeUInt16LE(value);
  return b;
}
function u32(value: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(value >>> 0);
  return b;
}

/** A complete ZIP archive (local headers, data, central directory), deflated like Word, optionally with data descriptors like LibreOffice or Java. */
function zip(entries: { name: string; data: string | Buffer }[], options: { dataDescriptor?: boolean; store?: boolean } = {}): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const data = typeof entry.data === 'string' ? Buffer.from(entry.data, 'utf8') : entry.data;
    const packed = options.store ? data : deflateRawSync(data);
    const method = options.store ? 0 : 8;
    const flags = options.dataDescriptor ? 0x08 : 0;
    const crc = crc32(data);
    const name = Buffer.from(entry.name, 'utf8');
    const [hCrc, hPacked, hSize] = options.dataDescriptor ? [0, 0, 0] : [crc, packed.length, data.length];
    const fixed = [u16(20), u16(flags), u16(method), u16(0x6000), u16(0x5a21)];
    const local = Buffer.concat([
      ascii('PK\x03\x04'),
      ...fixed,
      u32(hCrc),
      u32(hPacked),
      u32(hSize),
      u16(name.length),
      u16(0),
      name,
      packed,
      ...(options.dataDescriptor ? [ascii('PK\x07\x08'), u32(crc), u32(packed.length), u32(data.length)] : []),
    ]);
    centrals.push(
      Buffer.concat([
        ascii('PK\x01\x02'),
        u16(20),
        ...fixed,
        u32(crc),
        u32(packed.length),
        u32(data.length),
        u16(name.length),
        u16(0),
        u16(0),
        u16(0),
        u16(0),
        u32(0),
        u32(offset),
        name,
      ]),
    );
    locals.push(local);
    offset += local.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.concat([
    ascii('PK\x05\x06'),
    u16(0),
    u16(0),
    u16(entries.length),
    u16(entries.length),
    u32(directory.length),
    u32(offset),
    u16(0),
  ]);
  return Buffer.concat([...locals, directory, end]);
}

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
  '</Types>';
const RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
  '</Relationships>';
const DOCUMENT =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
  '<w:body><w:p><w:r><w:t>Lettre de motivation</w:t></w:r></w:p></w:body></w:document>';
const DOCX_ENTRIES = [
  { name: '[Content_Types].xml', data: CONTENT_TYPES },
  { name: '_rels/.rels', data: RELS },
  { name: 'word/document.xml', data: DOCUMENT },
];

/** The smallest complete PDF: catalog, page tree, one empty page, cross-reference table, trailer. */
function pdf(body = ''): Buffer {
  const objects = [
    '1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n',
    '2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n',
    '3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>\nendobj\n',
  ];
  let text = `%PDF-1.7\n%\xe2\xe3\xcf\xd3\n${body}`;
  const offsets = objects.map((object) => {
    const at = text.length;
    text += object;
    return at;
  });
  const xref = text.length;
  text += `xref\n0 4\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  text += `trailer\n<< /Size 4 /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return ascii(text);
}

function pngChunk(type: string, data: Buffer): Buffer {
  const typed = Buffer.concat([ascii(type), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

/** A complete 1×1 white PNG (signature, IHDR, IDAT, IEND), with optional text chunks. */
function png(texts: string[] = []): Buffer {
  const ihdr = Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]);
  const idat = deflateSync(Buffer.from([0, 255, 255, 255]));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    ...texts.map((t) => pngChunk('tEXt', ascii(`Comment\0${t}`))),
    pngChunk('IDAT', idat),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** The start of a JFIF JPEG: SOI, APP0 "JFIF" 1.1, an optional comment segment, then the quantisation table marker. */
function jpeg(comment?: string): Buffer {
  const app0 = Buffer.from([0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00]);
  const com = comment === undefined ? [] : [Buffer.from([0xff, 0xfe]), u16be(comment.length + 2), ascii(comment)];
  return Buffer.concat([Buffer.from([0xff, 0xd8]), app0, ...com, Buffer.from([0xff, 0xdb, 0x00, 0x43, 0x00]), Buffer.alloc(64, 1)]);
}
function u16be(value: number): Buffer {
  const b = Buffer.alloc(2);
  b.writeUInt16BE(value);
  return b;
}

/** A DOS/PE executable header: "MZ", e_lfanew at 0x3c pointing to "PE\0\0". */
function exe(): Buffer {
  const file = Buffer.alloc(512);
  file.write('MZ', 0, 'latin1');
  file.writeUInt32LE(0x80, 0x3c);
  file.write('This program cannot be run in DOS mode.', 0x4e, 'latin1');
  file.write('PE\0\0', 0x80, 'latin1');
  return file;
}
const elf = () => Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00]), Buffer.alloc(56)]);

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

// ---- sniffType ----

describe('sniffType', () => {
  it('recognises a complete PDF, PNG and JPEG by their signature', () => {
    expect(sniffType(head(pdf()))).toBe('application/pdf');
    expect(sniffType(head(png()))).toBe('image/png');
    expect(sniffType(head(jpeg()))).toBe('image/jpeg');
    expect(sniffType(head(jpeg('Photo prise au cabinet')))).toBe('image/jpeg');
  });

  it('recognises a DOCX from its ZIP entries, deflated or stored, with or without data descriptors', () => {
    expect(sniffType(head(zip(DOCX_ENTRIES)))).toBe(DOCX);
    expect(sniffType(head(zip(DOCX_ENTRIES, { store: true })))).toBe(DOCX);
    expect(sniffType(head(zip(DOCX_ENTRIES, { dataDescriptor: true })))).toBe(DOCX);
    expect(sniffType(head(zip([DOCX_ENTRIES[2], DOCX_ENTRIES[1], DOCX_ENTRIES[0]])))).toBe(DOCX);
    expect(sniffType(head(zip([{ name: '[content_types].xml', data: CONTENT_TYPES }, DOCX_ENTRIES[2]])))).toBe(DOCX);
  });

  it('reads the first bytes of a Buffer taken from the shared pool (non-zero byte offset)', () => {
    const pooled = Buffer.from(zip(DOCX_ENTRIES).toString('latin1'), 'latin1');
    const slice = Buffer.concat([Buffer.from('xxxx'), pooled]).subarray(4);
    expect(slice.byteOffset).toBeGreaterThan(0);
    expect(sniffType(slice)).toBe(DOCX);
  });

  it('refuses a DOCX whose Word entries lie beyond the first bytes', () => {
    const padding = { name: 'docProps/thumbnail.jpeg', data: Buffer.alloc(SNIFF_BYTES) };
    expect(sniffType(head(zip([DOCX_ENTRIES[0], { ...padding }, DOCX_ENTRIES[2]], { store: true })))).toBeNull();
  });

  it.each([
    ['an empty buffer', Buffer.alloc(0)],
    ['an executable renamed .pdf (MZ)', exe()],
    ['an ELF executable', elf()],
    ['an SVG image', ascii('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')],
    ['an SVG image without prolog', ascii('<svg onload="alert(1)"/>')],
    ['an HTML page', ascii('<!DOCTYPE html>\n<html><body><script>alert(document.cookie)</script></body></html>')],
    ['an HTML page after a BOM and blanks', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), ascii('  \n<HTML><BODY>x</BODY></HTML>')])],
    ['a PDF/HTML polyglot', pdf('<html><script>fetch("/api/me")</script></html>\n')],
    ['a PDF/HTML polyglot in capitals', pdf('<!DocType HTML>\n')],
    ['a PDF hiding an SVG', pdf('% <svg onload=alert(1)>\n')],
    ['a PDF with an iframe marker', pdf('% <iframe src=x>\n')],
    ['a PNG with an HTML text chunk', png(['<script>alert(1)</script>'])],
    ['a JPEG with a script comment', jpeg('<SCRIPT>alert(1)</SCRIPT>')],
    ['a plain ZIP', zip([{ name: 'readme.txt', data: 'bonjour' }])],
    ['a ZIP with Word entries but no [Content_Types].xml', zip([DOCX_ENTRIES[2]])],
    ['an XLSX workbook', zip([DOCX_ENTRIES[0], { name: 'xl/workbook.xml', data: '<workbook/>' }])],
    ['a macro-enabled Word document (DOCM)', zip([...DOCX_ENTRIES, { name: 'word/vbaProject.bin', data: Buffer.alloc(64, 7) }])],
    ['a ZIP header cut short', ascii('PK\x03\x04\x14\x00')],
    [
      'a ZIP whose name runs past the head',
      Buffer.concat([ascii('PK\x03\x04'), Buffer.alloc(22), u16(500), u16(0), ascii('[Content_Types].xml')]),
    ],
    ['a GIF', ascii('GIF89a\x01\x00\x01\x00')],
    ['a WebP', ascii('RIFF\x1a\x00\x00\x00WEBPVP8 ')],
    ['a legacy Word document (OLE)', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])],
    ['plain text', ascii('Lettre de motivation\n')],
    ['a PDF signature not at offset 0', ascii(' %PDF-1.7\n')],
    ['the first two bytes of a JPEG', Buffer.from([0xff, 0xd8])],
    ['seven bytes of a PNG signature', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a])],
  ])('refuses %s', (_what, bytes) => {
    expect(sniffType(head(bytes))).toBeNull();
  });

  it('looks for markup in the first 1024 bytes only', () => {
    const at = (offset: number) => {
      const file = pdf(`%${'x'.repeat(1200)}\n`);
      const marked = Buffer.concat([file.subarray(0, offset), ascii('<html>'), file.subarray(offset)]);
      return sniffType(head(marked));
    };
    expect(at(20)).toBeNull();
    expect(at(1024 - 5)).toBeNull();
    expect(at(1024 - 4)).toBe('application/pdf');
  });

  it('never throws, and recognises nothing starting like an executable, a ZIP without Word entries or markup', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => {
        const type = sniffType(bytes);
        for (const prefix of [ascii('MZ'), Buffer.from([0x7f, 0x45, 0x4c, 0x46]), ascii('<html')]) {
          expect(sniffType(Buffer.concat([prefix, bytes]))).toBeNull();
        }
        expect(sniffType(Buffer.concat([ascii('%PDF-'), bytes, ascii('<Script')]))).toBeNull();
        expect(type === null || ['application/pdf', 'image/jpeg', 'image/png', DOCX].includes(type)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});

// ---- safeFileName ----

describe('safeFileName', () => {
  it.each([
    ['lettre de motivation.pdf', 'lettre de motivation.pdf'],
    ['../../etc/passwd', 'passwd'],
    ['..\\..\\windows\\win.ini', 'win.ini'],
    ['C:\\Users\\Anne\\Documents\\CV Anne.docx', 'CV Anne.docx'],
    ['/var/tmp/diplome.pdf', 'diplome.pdf'],
    ['dossier/', 'document'],
    ['..', 'document'],
    ['../', 'document'],
    ['diplome\0.pdf.exe', 'diplome.pdf.exe'],
    ['cv\n.pdf', 'cv.pdf'],
    ['cv\r\nContent-Disposition: inline.pdf', 'cvContent-Disposition inline.pdf'],
    ['cv.pdf\r\nContent-Type: text/html', 'html'],
    ['"cv".pdf', 'cv.pdf'],
    ["l'attestation`.pdf", 'lattestation.pdf'],
    ['facture\u202efdp.exe', 'facturefdp.exe'],
    ['zero\u200bwidth.pdf', 'zerowidth.pdf'],
    ['a<b>c|d?e*f:g.png', 'abcdefg.png'],
    ['   ', 'document'],
    ['', 'document'],
    ['\t\n\u0007', 'document'],
    ['  mon   CV  .pdf  ', 'mon CV .pdf'],
    ['.htaccess', 'htaccess'],
    ['rapport.', 'rapport'],
    ['CON.pdf', '_CON.pdf'],
    ['lpt1', '_lpt1'],
    ['console.pdf', 'console.pdf'],
    ['Hélène.pdf'.normalize('NFD'), 'Hélène.pdf'],
    ['lettre d’Anne.pdf', 'lettre d’Anne.pdf'],
  ])('%j → %j', (name, safe) => {
    expect(safeFileName(name)).toBe(safe);
  });

  it('cuts a long name to 120 characters, keeping the extension', () => {
    expect(safeFileName(`${'a'.repeat(300)}.pdf`)).toBe(`${'a'.repeat(116)}.pdf`);
    expect(safeFileName(`${'é'.repeat(200)}.docx`)).toBe(`${'é'.repeat(115)}.docx`);
    expect(safeFileName('b'.repeat(500))).toBe('b'.repeat(120));
    expect(safeFileName(`${'c'.repeat(200)}.${'x'.repeat(40)}`)).toBe('c'.repeat(120));
    expect(safeFileName(`${'d '.repeat(58)}${'e'.repeat(10)}.pdf`)).toBe(`${'d '.repeat(57)}d.pdf`);
  });

  it('counts characters, never cutting an emoji in half', () => {
    const name = safeFileName(`${'😀'.repeat(200)}.png`);
    expect(Array.from(name)).toHaveLength(MAX_FILE_NAME_LENGTH);
    expect(name.endsWith('.png')).toBe(true);
    expect(name).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
  });

  const anyName = fc.oneof(
    fc.string({ maxLength: 300, unit: 'binary' }),
    fc.string({ maxLength: 300, unit: fc.constantFrom('a', 'é', '.', '/', '\\', ' ', '"', "'", '\0', '\n', ':', '😀', '\u202e', 'C') }),
  );

  it('gives a short, non-empty base name without separators, controls or quotes, stable when applied again', () => {
    fc.assert(
      fc.property(anyName, (name) => {
        const safe = safeFileName(name);
        expect(safe.length).toBeGreaterThan(0);
        expect(Array.from(safe).length).toBeLessThanOrEqual(MAX_FILE_NAME_LENGTH);
        expect(safe).not.toMatch(/[/\\"'`<>:|?*\p{Cc}\p{Cf}]/u);
        expect(safe).not.toMatch(/^[\s.]|[\s.]$/u);
        expect(safe).not.toBe('..');
        expect(safeFileName(safe)).toBe(safe);
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps a short extension when it shortens a name', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 400, unit: fc.constantFrom('a', 'b', 'é', '-', '_', ' ') }),
        fc.constantFrom('pdf', 'png', 'jpeg', 'docx'),
        (stem, extension) => {
          fc.pre(/[^ ]/.test(stem));
          expect(safeFileName(`${stem}.${extension}`).endsWith(`.${extension}`)).toBe(true);
        },
      ),
    );
  });
});

// ---- checkUpload ----

const LIMIT = 10 * 1024 * 1024;

describe('checkUpload', () => {
  it('accepts an allowed type within the limit, the limit itself included', () => {
    expect(checkUpload('diploma', head(pdf()), pdf().length, LIMIT)).toEqual({ ok: true, type: 'application/pdf' });
    expect(checkUpload('identity', head(jpeg()), LIMIT, LIMIT)).toEqual({ ok: true, type: 'image/jpeg' });
    expect(checkUpload('experience_proof', head(png()), png().length, LIMIT)).toEqual({ ok: true, type: 'image/png' });
    expect(checkUpload('cv', head(zip(DOCX_ENTRIES)), zip(DOCX_ENTRIES).length, LIMIT)).toEqual({ ok: true, type: DOCX });
    expect(checkUpload('cover_letter', head(zip(DOCX_ENTRIES)), zip(DOCX_ENTRIES).length, LIMIT)).toEqual({ ok: true, type: DOCX });
  });

  it('refuses an empty file', () => {
    const empty = { ok: false, code: 'EMPTY_FILE', message: 'Le fichier est vide : choisissez un autre fichier.' };
    expect(checkUpload('cv', Buffer.alloc(0), 0, LIMIT)).toEqual(empty);
    expect(checkUpload('cv', Buffer.alloc(0), 1000, LIMIT)).toEqual(empty);
  });

  it('refuses a file over the limit, giving both sizes in Mo', () => {
    expect(checkUpload('diploma', head(pdf()), LIMIT + 1, LIMIT)).toEqual({
      ok: false,
      code: 'FILE_TOO_LARGE',
      message: 'Le fichier (10,1 Mo) dépasse la taille maximale de 10 Mo.',
    });
    expect(checkUpload('diploma', head(pdf()), 25 * 1024 * 1024, 2.5 * 1024 * 1024)).toMatchObject({
      message: 'Le fichier (25 Mo) dépasse la taille maximale de 2,5 Mo.',
    });
    expect(checkUpload('diploma', head(exe()), LIMIT * 2, LIMIT)).toMatchObject({ code: 'FILE_TOO_LARGE' });
  });

  it('refuses a file of no accepted type, naming the formats accepted for the kind', () => {
    expect(checkUpload('diploma', head(exe()), exe().length, LIMIT)).toEqual({
      ok: false,
      code: 'UNSUPPORTED_TYPE',
      message:
        'Format de fichier non reconnu. Formats acceptés pour « Copie du diplôme » : PDF, JPEG ou PNG (le format est lu dans le contenu du fichier, pas dans son nom).',
    });
    expect(checkUpload('cv', head(pdf('<html>')), 4000, LIMIT)).toMatchObject({
      code: 'UNSUPPORTED_TYPE',
      message: expect.stringContaining('Formats acceptés pour « CV » : PDF, JPEG, PNG ou Word (DOCX)'),
    });
  });

  it('refuses a DOCX for a kind that only takes PDF or images', () => {
    for (const kind of ['diploma', 'experience_proof', 'identity', 'employment_contract', 'funding'] as const) {
      expect(checkUpload(kind, head(zip(DOCX_ENTRIES)), 5000, LIMIT)).toMatchObject({ ok: false, code: 'TYPE_NOT_ALLOWED_FOR_KIND' });
    }
    expect(checkUpload('diploma', head(zip(DOCX_ENTRIES)), 5000, LIMIT)).toEqual({
      ok: false,
      code: 'TYPE_NOT_ALLOWED_FOR_KIND',
      message: "Un fichier Word (DOCX) n'est pas accepté pour « Copie du diplôme » : envoyez-le en PDF, JPEG ou PNG.",
    });
  });

  it('throws a RangeError on an invalid size or limit, or first bytes longer than the file', () => {
    expect(() => checkUpload('cv', head(pdf()), -1, LIMIT)).toThrow(RangeError);
    expect(() => checkUpload('cv', head(pdf()), 1.5, LIMIT)).toThrow(RangeError);
    expect(() => checkUpload('cv', head(pdf()), 5000, NaN)).toThrow(RangeError);
    expect(() => checkUpload('cv', head(pdf()), 10, LIMIT)).toThrow('Début de fichier incohérent');
  });

  it('accepts only what sniffType recognises and the kind allows, within the limit', () => {
    const files = [pdf(), png(), jpeg(), zip(DOCX_ENTRIES), exe(), elf(), pdf('<html>'), zip([{ name: 'a.txt', data: 'a' }])];
    fc.assert(
      fc.property(
        fc.constantFrom(...files),
        fc.constantFrom('cv', 'cover_letter', 'diploma', 'experience_proof', 'identity', 'employment_contract', 'funding' as const),
        fc.integer({ min: 0, max: 3 * LIMIT }),
        (file, kind, extra) => {
          const size = file.length + extra;
          const result = checkUpload(kind, head(file), size, LIMIT);
          const type = sniffType(head(file));
          const allowed = type !== null && (type !== DOCX || kind === 'cv' || kind === 'cover_letter');
          expect(result.ok).toBe(size <= LIMIT && allowed);
          if (result.ok) expect(result.type).toBe(type);
        },
      ),
    );
  });
});
