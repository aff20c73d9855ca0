import { Readable } from 'node:stream';

export interface StoredFile {
  key: string;
  size: number;
  sha256: string;
}

/**
 * The storage port: every file of the product (enrolment documents, attestations, generated PDFs,
 * e-mails) goes through it. Keys are chosen by the port (random), never by the uploader.
 */
export abstract class FileStorage {
  /**
   * Streams `body` to a new random key under `folder`; returns its key, size and SHA-256. With `name` (the id of the row
   * the file belongs to, never a name sent by a client) the key is `<folder>/<name>` and a second put replaces the
   * first: work done again after a crash overwrites what the dead attempt left instead of adding a file.
   */
  abstract put(folder: string, body: Readable | Buffer, contentType: string, name?: string): Promise<StoredFile>;
  /** A stream of the file's bytes; throws FileNotFound when the key does not exist. */
  abstract get(key: string): Promise<Readable>;
  abstract exists(key: string): Promise<boolean>;
  abstract delete(key: string): Promise<void>;
}

export class FileNotFound extends Error {
  constructor(key: string) {
    super(`No stored file under ${key}`);
  }
}

const SAFE_FOLDER = /^[a-z0-9][a-z0-9/_-]{0,100}$/;

/** Folder names are ours (e.g. `outbox`, `enrolment/<school>`): refuse anything that could escape. */
export function assertSafeFolder(folder: string): void {
  if (!SAFE_FOLDER.test(folder) || folder.includes('..') || folder.includes('//')) {
    throw new Error(`Unsafe storage folder: ${folder}`);
  }
}

/** A key of `folder` named by the caller: one path segment of our own ids (a UUID, a UUID with an extension). */
export function keyIn(folder: string, name: string): string {
  assertSafeFolder(folder);
  if (!/^[a-z0-9][a-z0-9_.-]{0,100}$/.test(name) || name.includes('..')) throw new Error(`Unsafe storage name: ${name}`);
  return `${folder}/${name}`;
}

export function assertSafeKey(key: string): void {
  if (!/^[a-z0-9][a-z0-9/_.-]{0,200}$/.test(key) || key.includes('..')) throw new Error(`Unsafe storage key: ${key}`);
}
