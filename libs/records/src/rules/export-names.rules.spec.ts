import { exportFileName, exportPaths, ExportFile, isCompressed } from './export-names.rules';

const file = (name: string, contentType: string | null = 'application/pdf', folder = 'candidature'): ExportFile => ({
  folder,
  name,
  contentType,
  storageKey: 'k',
});

describe('export paths', () => {
  it('puts each file in its folder with the extension of its type, once', () => {
    expect(exportPaths([file('CV Léa.pdf'), file('photo.jpeg', 'image/jpeg', 'afgsu'), file('scan', 'image/png')])).toEqual([
      'documents/candidature/CV Léa.pdf',
      'documents/afgsu/photo.jpg',
      'documents/candidature/scan.png',
    ]);
  });

  it('numbers files that would have the same path, as Windows compares them (case-insensitive)', () => {
    expect(exportPaths([file('cv.pdf'), file('CV.pdf'), file('cv'), file('cv.pdf', 'application/pdf', 'afgsu')])).toEqual([
      'documents/candidature/cv.pdf',
      'documents/candidature/CV (2).pdf',
      'documents/candidature/cv (3).pdf',
      'documents/afgsu/cv.pdf',
    ]);
  });

  it('makes names safe again: no path, no control character, never empty', () => {
    expect(exportPaths([file('../../etc/passwd.pdf'), file('a\u202Efdp.exe'), file('')])).toEqual([
      'documents/candidature/passwd.pdf',
      'documents/candidature/afdp.exe.pdf',
      'documents/candidature/document.pdf',
    ]);
  });

  it('leaves a file of unknown type without an extension, whatever its type says', () => {
    expect(exportPaths([file('notes', null), file('notes.txt', 'text/plain', 'a'), file('x', 'constructor', 'b')])).toEqual([
      'documents/candidature/notes',
      'documents/a/notes.txt',
      'documents/b/x',
    ]);
  });

  it('keeps a name that is only its extension', () => {
    expect(exportPaths([file('pdf'), file('.jpeg', 'image/jpeg')])).toEqual([
      'documents/candidature/pdf.pdf',
      'documents/candidature/jpeg.jpg',
    ]);
  });
});

describe('export file name', () => {
  it('is ASCII: accents dropped, spaces and apostrophes as hyphens', () => {
    expect(exportFileName('N’Guyễn Dupré', 'Anne-Lise', '2026-11-30')).toBe('donnees-n-guyen-dupre-anne-lise-2026-11-30.zip');
    expect(exportFileName('Anonymisé', '', '2026-11-30')).toBe('donnees-anonymise-2026-11-30.zip');
    expect(exportFileName(' Le  Goff ', '« Marie »', '2026-11-30')).toBe('donnees-le-goff-marie-2026-11-30.zip');
  });
});

describe('compression', () => {
  it('stores formats already compressed and deflates the rest', () => {
    expect(['application/pdf', 'image/jpeg', 'image/png'].every(isCompressed)).toBe(true);
    expect(isCompressed(null)).toBe(false);
    expect(isCompressed('text/plain')).toBe(false);
    expect(isCompressed('application/vnd.openxmlformats-officedocument.wordprocessingml.document')).toBe(true);
  });
});
