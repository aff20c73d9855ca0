import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { access, mkdir, rm } from 'node:fs/promises';
import * as path from 'node:path';
import { PassThrough, Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { assertSafeKey, FileNotFound, FileStorage, keyIn, StoredFile } from './file-storage';

/** Measures size and SHA-256 of what flows through, without holding it in memory. */
export function digestingStream(): { stream: Transform; result: () => { size: number; sha256: string } } {
  const hash = createHash('sha256');
  let size = 0;
  const stream = new PassThrough();
  stream.on('data', (chunk: Buffer) => {
    hash.update(chunk);
    size += chunk.length;
  });
  return { stream, result: () => ({ size, sha256: hash.digest('hex') }) };
}

export const toStream = (body: Readable | Buffer): Readable => (Buffer.isBuffer(body) ? Readable.from([body]) : body);

/** Local disk under STORAGE_DIR (never a served folder), random file names. */
export class LocalFileStorage extends FileStorage {
  private readonly root: string;

  constructor(root: string) {
    super();
    this.root = path.resolve(root);
  }

  private pathOf(key: string): string {
    assertSafeKey(key);
    return path.join(this.root, key);
  }

  async put(folder: string, body: Readable | Buffer, _contentType?: string, name?: string): Promise<StoredFile> {
    const key = keyIn(folder, name ?? randomUUID());
    const target = this.pathOf(key);
    await mkdir(path.dirname(target), { recursive: true });
    const digest = digestingStream();
    try {
      await pipeline(toStream(body), digest.stream, createWriteStream(target, { flags: name ? 'w' : 'wx', mode: 0o600 }));
    } catch (err) {
      await rm(target, { force: true });
      throw err;
    }
    return { key, ...digest.result() };
  }

  async get(key: string): Promise<Readable> {
    if (!(await this.exists(key))) throw new FileNotFound(key);
    return createReadStream(this.pathOf(key));
  }

  async exists(key: string): Promise<boolean> {
    return access(this.pathOf(key)).then(
      () => true,
      () => false,
    );
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }
}
