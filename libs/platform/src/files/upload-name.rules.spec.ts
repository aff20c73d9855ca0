import { checkDeclaredName, checkExtension, extensionOf, storedFileName } from './upload-name.rules';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

describe('checkDeclaredName', () => {
  it.each(['CV Zoé.pdf', 'diplôme (copie).PNG', '', 'lettre...docx', '.pdf'])('accepts %j', (name) => {
    expect(checkDeclaredName(name)).toEqual({ ok: true });
  });

  it.each([
    ['a path', '../../etc/passwd.pdf'],
    ['a Windows path', '..\\..\\boot.ini'],
    ['a NUL byte', 'cv.pdf\0.exe'],
    ['a line break', 'cv\n.pdf'],
    ['a right-to-left override', 'facture\u202Efdp.exe'],
    ['a zero-width space', 'cv\u200B.pdf'],
    ['a line separator', 'cv\u2028.pdf'],
  ])('refuses a name with %s, in French', (_what, name) => {
    expect(checkDeclaredName(name)).toEqual({
      ok: false,
      code: 'FILE_NAME_INVALID',
      message: expect.stringContaining('caractères invisibles'),
    });
  });
});

describe('extensionOf', () => {
  it.each([
    ['cv.PDF', 'pdf'],
    ['x.pdf.exe', 'exe'],
    ['archive.tar.gz', 'gz'],
    ['scan', null],
    ['rapport.2024', null],
    ['cv.', null],
    ['notes.très-long-suffixe', null],
    ['photo.jpeg', 'jpeg'],
  ])('%j → %j', (name, extension) => expect(extensionOf(name)).toBe(extension));
});

describe('checkExtension', () => {
  it.each([
    ['cv.pdf', 'application/pdf'],
    ['CV.PDF', 'application/pdf'],
    ['photo.jpg', 'image/jpeg'],
    ['photo.JPEG', 'image/jpeg'],
    ['photo.jfif', 'image/jpeg'],
    ['scan.png', 'image/png'],
    ['lettre.docx', DOCX],
    ['scan', 'image/png'],
    ['', 'application/pdf'],
  ] as const)('accepts %j holding %s', (name, type) => expect(checkExtension(name, type)).toEqual({ ok: true }));

  it.each([
    ['a double extension', 'cv.pdf.exe', 'application/pdf', '.exe'],
    ['an extension hidden by trailing dots', 'cv.exe. . ', 'application/pdf', '.exe'],
    ['a PNG named as a PDF', 'scan.pdf', 'image/png', '.pdf'],
    ['a PDF named as Word', 'lettre.docx', 'application/pdf', '.docx'],
    ['a macro document', 'lettre.docm', DOCX, '.docm'],
    ['a web page', 'page.html', 'application/pdf', '.html'],
  ] as const)('refuses %s, naming the extension and the content', (_what, name, type, extension) => {
    const check = checkExtension(name, type);
    expect(check).toMatchObject({ ok: false, code: 'FILE_EXTENSION_MISMATCH' });
    expect(!check.ok && check.message).toContain(`« ${extension} »`);
  });
});

describe('storedFileName', () => {
  it('keeps a safe name with its extension, and adds the type’s extension to a name without one', () => {
    expect(storedFileName('CV  Zoé.pdf', 'application/pdf')).toBe('CV Zoé.pdf');
    expect(storedFileName('scan', 'image/png')).toBe('scan.png');
    expect(storedFileName('', 'application/pdf')).toBe('document.pdf');
    expect(storedFileName('rapport.2024', DOCX)).toBe('rapport.2024.docx');
  });

  it('stays within the kept length when it adds the extension', () => {
    const name = storedFileName('x'.repeat(200), 'application/pdf');
    expect(Array.from(name)).toHaveLength(120);
    expect(name.endsWith('.pdf')).toBe(true);
  });
});
