import fc from 'fast-check';
import { ascii, head, u16, zip, CONTENT_TYPES, DOCX_ENTRIES, pdf, png, jpeg, exe, elf, DOCX } from '../../../../test/fixtures/files';
import { MAX_FILE_NAME_LENGTH, safeFileName, sniffType, SNIFF_BYTES } from './file-type';

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
