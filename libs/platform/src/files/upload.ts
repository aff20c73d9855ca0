import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { AppError } from '../http/app-error';
import { FileStorage, StoredFile } from '../storage/file-storage';
import { DOCX, SNIFF_BYTES, SniffedType, sniffType } from './file-type';
import { checkImageSize, IMAGE_HEADER_WINDOW } from './image-size.rules';
import { SignatureScanner } from './malware-signature.rules';
import { checkDeclaredName, checkExtension, storedFileName } from './upload-name.rules';
import { checkZipArchive } from './zip-archive.rules';
import { inflatesAsDeclared } from './zip-inflate';

export interface UploadOptions {
  /** Storage folder (e.g. `justifications/<school>`). */
  folder: string;
  limitBytes: number;
  /** Decides from the first bytes (up to SNIFF_BYTES) whether the file may be stored, and as what. */
  check: (head: Buffer) => { ok: true; type: SniffedType } | { ok: false; status: number; code: string; message: string };
  /**
   * The name the client declared (x-file-name), when the route takes one: refused when it holds a path or invisible
   * characters, or when its extension disagrees with the content; kept as `fileName` (see storedFileName).
   */
  fileName?: string;
  /** A last check of the stored file (a duplicate, say): when it throws, the file is removed and the error goes on. */
  accept?: (stored: StoredFile & { type: SniffedType }) => Promise<void>;
}

export type ReceivedFile = StoredFile & { type: SniffedType; fileName: string };

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

/**
 * The content as the storage reads it, failing once more than `limit` bytes went through, at the first known malware
 * signature, or when an image declares more pixels than a browser can show. Lazy: nothing flows (and no error can be
 * raised) before the storage starts reading.
 */
function inspected(source: AsyncIterable<Buffer>, limit: number, type: SniffedType): Readable {
  async function* checked() {
    let seen = 0;
    const scanner = new SignatureScanner();
    let imageStart: Buffer | null = type === 'image/png' || type === 'image/jpeg' ? Buffer.alloc(0) : null;
    for await (const chunk of source) {
      seen += chunk.length;
      if (seen > limit) throw tooLarge(limit);
      const signature = scanner.push(chunk);
      if (signature) throw malware(signature);
      if (imageStart) {
        imageStart = Buffer.concat([imageStart, chunk]).subarray(0, IMAGE_HEADER_WINDOW);
        const image = checkImageSize(imageStart, type);
        if (image !== 'incomplete') {
          if (!image.ok) throw refuse(image, 422);
          imageStart = null;
        }
      }
      yield chunk;
    }
  }
  return Readable.from(checked(), { objectMode: false });
}

const malware = (signature: string) =>
  new AppError(422, 'MALWARE_DETECTED', `Le fichier a été refusé : il contient la signature d’un logiciel malveillant (${signature}).`);

const refuse = (check: { ok: false; code: string; message: string }, status: number) => new AppError(status, check.code, check.message);

/** A Word document is a ZIP archive: refused when it would inflate beyond reason or is built to mislead (see checkZipArchive). */
async function checkArchive(storage: FileStorage, key: string): Promise<void> {
  const bytes = await buffer(await storage.get(key));
  const archive = checkZipArchive(bytes);
  if (!archive.ok) throw refuse(archive, 422);
  if (!(await inflatesAsDeclared(bytes, archive.entries))) {
    throw new AppError(
      422,
      'ARCHIVE_REFUSED',
      'Ce document Word est refusé : son contenu ne correspond pas à ce qu’il annonce. Envoyez-le en PDF.',
    );
  }
}

/**
 * The one way files enter the product: the declared name is checked, the type is decided from the first bytes
 * (never the name) and must agree with the name's extension; the content is streamed to storage (never held whole in
 * memory) with its size limit, a malware signature scan, the pixel count of an image and its SHA-256; a Word document
 * is then read back and checked as an archive (no bomb, at most UPLOAD_LIMIT_BYTES in memory) and the caller's last
 * check runs. A file refused at any point leaves nothing stored.
 */
export async function receiveUpload(storage: FileStorage, body: unknown, options: UploadOptions): Promise<ReceivedFile> {
  const source = Buffer.isBuffer(body) ? Readable.from([body]) : body instanceof Readable ? body : null;
  if (!source) throw new AppError(400, 'FILE_MISSING', 'Envoyez le fichier dans le corps de la requête.');
  const stored = await store(storage, source, options).catch((err: unknown) => {
    source.resume(); // drain what the client still sends
    throw err;
  });
  try {
    if (stored.type === DOCX) await checkArchive(storage, stored.key);
    await options.accept?.(stored);
  } catch (err) {
    await storage.delete(stored.key);
    throw err;
  }
  return { ...stored, fileName: storedFileName(options.fileName ?? '', stored.type) };
}

async function store(storage: FileStorage, source: Readable, options: UploadOptions): Promise<StoredFile & { type: SniffedType }> {
  const name = options.fileName === undefined ? null : checkDeclaredName(options.fileName);
  if (name && !name.ok) throw refuse(name, 400);
  const { head, whole } = await peek(source, SNIFF_BYTES);
  if (head.length === 0) throw new AppError(400, 'EMPTY_FILE', 'Le fichier est vide : choisissez un autre fichier.');
  const verdict = options.check(head);
  if (!verdict.ok) throw refuse(verdict, verdict.status);
  const extension = options.fileName === undefined ? null : checkExtension(options.fileName, verdict.type);
  if (extension && !extension.ok) throw refuse(extension, 415);
  // The storage removes what it wrote when the stream fails (over the limit, malware, client gone).
  const stored = await storage.put(options.folder, inspected(whole, options.limitBytes, verdict.type), verdict.type);
  return { ...stored, type: verdict.type };
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
