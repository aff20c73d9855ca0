import { Readable, Transform } from 'node:stream';
import { AppError } from '../http/app-error';
import { FileStorage, StoredFile } from '../storage/file-storage';
import { SNIFF_BYTES, SniffedType, sniffType } from './file-type';

export interface UploadOptions {
  /** Storage folder (e.g. `justifications/<school>`). */
  folder: string;
  limitBytes: number;
  /** Decides from the first bytes (up to SNIFF_BYTES) whether the file may be stored, and as what. */
  check: (head: Buffer) => { ok: true; type: SniffedType } | { ok: false; status: number; code: string; message: string };
}

const tooLarge = (limit: number) =>
  new AppError(413, 'FILE_TOO_LARGE', `Le fichier dépasse la taille maximale de ${Math.floor(limit / (1024 * 1024))} Mo.`);

/** Reads the first `n` bytes of a stream; returns them and a stream of the whole content (nothing lost). */
async function peek(source: Readable, n: number): Promise<{ head: Buffer; whole: Readable }> {
  const chunks: Buffer[] = [];
  let length = 0;
  const iterator = source[Symbol.asyncIterator]();
  while (length < n) {
    const next = await iterator.next();
    if (next.done) break;
    const chunk = Buffer.isBuffer(next.value) ? next.value : Buffer.from(next.value);
    chunks.push(chunk);
    length += chunk.length;
  }
  const head = Buffer.concat(chunks);
  async function* all() {
    yield head;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value as Buffer;
  }
  return { head: head.subarray(0, n), whole: Readable.from(all(), { objectMode: false }) };
}

/** Fails the stream once more than `limit` bytes went through. */
function limited(limit: number): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      seen += chunk.length;
      done(seen > limit ? tooLarge(limit) : null, chunk);
    },
  });
}

/**
 * The one way files enter the product: the type is decided from the first bytes, never the name; the
 * content is streamed to storage (never held whole in memory) with its size limit and SHA-256; a file
 * refused at any point leaves nothing stored.
 */
export async function receiveUpload(
  storage: FileStorage,
  body: unknown,
  options: UploadOptions,
): Promise<StoredFile & { type: SniffedType }> {
  const source = Buffer.isBuffer(body) ? Readable.from([body]) : body instanceof Readable ? body : null;
  if (!source) throw new AppError(400, 'FILE_MISSING', 'Envoyez le fichier dans le corps de la requête.');
  const { head, whole } = await peek(source, SNIFF_BYTES);
  if (head.length === 0) throw new AppError(400, 'EMPTY_FILE', 'Le fichier est vide : choisissez un autre fichier.');
  const verdict = options.check(head);
  if (!verdict.ok) {
    source.resume(); // drain what the client still sends
    throw new AppError(verdict.status, verdict.code, verdict.message);
  }
  try {
    // The storage removes what it wrote when the stream fails (over the limit, client gone).
    const stored = await storage.put(options.folder, whole.pipe(limited(options.limitBytes)), verdict.type);
    return { ...stored, type: verdict.type };
  } catch (err) {
    source.resume();
    throw err;
  }
}

/** A check for receiveUpload that accepts only `types`, recognised from the bytes (415 with `message` otherwise). */
export function acceptOnly(types: SniffedType[], message: string): UploadOptions['check'] {
  return (head) => {
    const type = sniffType(head);
    return type && types.includes(type) ? { ok: true, type } : { ok: false, status: 415, code: 'UNSUPPORTED_DOCUMENT', message };
  };
}

/** The file name sent in the `x-file-name` header (URL-encoded by browsers); as sent when it is not valid encoding. */
export function fileNameHeader(name: string | undefined): string {
  try {
    return decodeURIComponent(name ?? '');
  } catch {
    return name ?? '';
  }
}
