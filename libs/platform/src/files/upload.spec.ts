import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { Readable } from 'node:stream';
import { exe, pdf } from '../../../../test/fixtures/files';
import { AppError } from '../http/app-error';
import { LocalFileStorage } from '../storage/local-file-storage';
import { sniffType } from './file-type';
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
});
