import fc from 'fast-check';
import { head, zip, DOCX_ENTRIES, pdf, png, jpeg, exe, elf, DOCX } from '../../../../test/fixtures/files';
import { sniffType } from '@app/platform/files/file-type';
import { checkDocumentCount, checkUpload, MAX_DOCUMENTS_PER_APPLICATION } from './file-guard.rules';

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

// ---- checkDocumentCount ----

describe('checkDocumentCount', () => {
  it('lets an application hold up to MAX_DOCUMENTS_PER_APPLICATION documents, then refuses in French', () => {
    expect(MAX_DOCUMENTS_PER_APPLICATION).toBe(40);
    expect(checkDocumentCount(0)).toEqual({ ok: true });
    expect(checkDocumentCount(39)).toEqual({ ok: true });
    expect(checkDocumentCount(40)).toEqual({ ok: false, code: 'TOO_MANY_DOCUMENTS', message: expect.stringContaining('déjà 40 fichiers') });
    expect(checkDocumentCount(41).ok).toBe(false);
  });
});
