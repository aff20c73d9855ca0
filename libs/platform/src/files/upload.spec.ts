import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { Readable } from 'node:stream';
import { docxBomb, DOCX_ENTRIES, exe, jpegOfSize, pdf, png, pngOfSize, zip } from '../../../../test/fixtures/files';
import { AppError } from '../http/app-error';
import { LocalFileStorage } from '../storage/local-file-storage';
import { sniffType } from './file-type';
import { SIGNATURES } from './malware-signature.rules';
import { receiveUpload, UploadOptions } from './upload';

const stored = (root: string) => readdirSync(root, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());

describe('receiveUpload', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'cqp-upload-'));
  const storage = new LocalFileStorage(root);
  const options = (limitBytes = 64 * 1024): UploadOptions => ({
    folder: 'tests',
    limitBytes,
    check: (head) => {
      const type = sniffType(head);
      return type ? { ok: true, type } : { ok: false, status: 415, code: 'UNSUPPORTED', message: 'Format refusé.' };
    },
  });
  /** A stream that arrives in small chunks, like a slow upload. */
  const trickle = (bytes: Buffer, size = 1000) =>
    Readable.from(Array.from({ length: Math.ceil(bytes.length / size) }, (_, i) => bytes.subarray(i * size, (i + 1) * size)));

  it('stores a recognised file streamed in pieces, with its size, SHA-256 and type', async () => {
    const file = Buffer.concat([pdf(), Buffer.alloc(20_000, 0x20)]);
    const result = await receiveUpload(storage, trickle(file), options());
    expect(result).toMatchObject({ type: 'application/pdf', size: file.length, sha256: createHash('sha256').update(file).digest('hex') });
    expect(stored(root)).toHaveLength(1);
    await storage.delete(result.key);
  });

  const refusal = async (body: unknown, opts = options()) => {
    try {
      await receiveUpload(storage, body, opts);
    } catch (err) {
      return (err as AppError).getResponse();
    }
    throw new Error('expected a refusal');
  };

  it('refuses, storing nothing: an executable, an empty file, a file over the limit, no file at all', async () => {
    expect(await refusal(trickle(exe()))).toMatchObject({ statusCode: 415, code: 'UNSUPPORTED' });
    expect(await refusal(Readable.from([]))).toMatchObject({ statusCode: 400, code: 'EMPTY_FILE' });
    expect(await refusal(trickle(Buffer.concat([pdf(), Buffer.alloc(70_000)])), options(64 * 1024))).toMatchObject({
      statusCode: 413,
      code: 'FILE_TOO_LARGE',
    });
    expect(await refusal({ not: 'a file' })).toMatchObject({ statusCode: 400, code: 'FILE_MISSING' });
    expect(stored(root)).toHaveLength(0);
  });

  it('refuses a file carrying a malware signature, even deep inside and split across chunks, and removes what it wrote', async () => {
    const infected = Buffer.concat([pdf(), Buffer.alloc(30_001, 0x20), SIGNATURES[0].bytes, Buffer.alloc(100, 0x20)]);
    expect(await refusal(trickle(infected, 997))).toMatchObject({ statusCode: 422, code: 'MALWARE_DETECTED' });
    // In the first chunk: refused before the storage has even opened its file (no error raised before it reads).
    const small = pdf(`% ${SIGNATURES[0].bytes.toString('latin1')}\n`);
    expect(await refusal(Readable.from([small]))).toMatchObject({ statusCode: 422, code: 'MALWARE_DETECTED' });
    expect(stored(root)).toHaveLength(0);
  });

  it('refuses an image declaring more pixels than a browser can show, its header found across chunks', async () => {
    expect(await refusal(trickle(pngOfSize(100_000, 100_000), 7))).toMatchObject({ statusCode: 422, code: 'IMAGE_TOO_LARGE' });
    expect(await refusal(trickle(jpegOfSize(65_535, 65_535, 200_000), 4096), options(1024 * 1024))).toMatchObject({
      statusCode: 422,
      code: 'IMAGE_TOO_LARGE',
    });
    expect(stored(root)).toHaveLength(0);
    const photo = await receiveUpload(storage, trickle(jpegOfSize(4000, 3000, 100_000), 4096), options(1024 * 1024));
    expect(photo.type).toBe('image/jpeg');
    await storage.delete(photo.key);
  });

  it('refuses a declared name with a path or invisible characters, or whose extension disagrees with the content', async () => {
    const named = (fileName: string) => ({ ...options(), fileName });
    expect(await refusal(trickle(pdf()), named('../../cv.pdf'))).toMatchObject({ statusCode: 400, code: 'FILE_NAME_INVALID' });
    expect(await refusal(trickle(pdf()), named('cv\u202Efdp.exe'))).toMatchObject({ statusCode: 400, code: 'FILE_NAME_INVALID' });
    expect(await refusal(trickle(pdf()), named('cv.pdf.exe'))).toMatchObject({ statusCode: 415, code: 'FILE_EXTENSION_MISMATCH' });
    expect(await refusal(trickle(png()), named('scan.pdf'))).toMatchObject({ statusCode: 415, code: 'FILE_EXTENSION_MISMATCH' });
    expect(stored(root)).toHaveLength(0);
  });

  it('keeps the safe name, with the extension of the content when the name has none', async () => {
    const result = await receiveUpload(storage, trickle(png()), { ...options(), fileName: 'scan  du diplôme' });
    expect(result.fileName).toBe('scan du diplôme.png');
    await storage.delete(result.key);
  });

  it('refuses a Word document that is a ZIP bomb, declared or hidden, and removes it once stored', async () => {
    expect(await refusal(trickle(docxBomb(100)), options(1024 * 1024))).toMatchObject({ statusCode: 422, code: 'ARCHIVE_REFUSED' });
    expect(await refusal(trickle(docxBomb(50, 3000)), options(1024 * 1024))).toMatchObject({ statusCode: 422, code: 'ARCHIVE_REFUSED' });
    expect(stored(root)).toHaveLength(0);
    const letter = await receiveUpload(storage, trickle(zip(DOCX_ENTRIES)), options());
    expect(letter.type).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    await storage.delete(letter.key);
  });

  it("removes the stored file when the caller's last check refuses it", async () => {
    const duplicate = new AppError(409, 'DUPLICATE_DOCUMENT', 'Déjà déposé.');
    const seen: string[] = [];
    const opts: UploadOptions = {
      ...options(),
      accept: async (file) => {
        seen.push(file.sha256);
        throw duplicate;
      },
    };
    expect(await refusal(trickle(pdf()), opts)).toMatchObject({ statusCode: 409, code: 'DUPLICATE_DOCUMENT' });
    expect(seen).toEqual([createHash('sha256').update(pdf()).digest('hex')]);
    expect(stored(root)).toHaveLength(0);
  });
});
