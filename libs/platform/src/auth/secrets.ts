import * as argon2 from 'argon2';
import { createHash, randomBytes } from 'node:crypto';

/** A random URL-safe token (256 bits) and the SHA-256 under which it is stored. */
export function newToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashToken(token) };
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** OWASP's argon2id parameters (19 MiB, 2 iterations). */
const ARGON2 = { type: argon2.argon2id as 2, memoryCost: 19456, timeCost: 2, parallelism: 1 };

/** The argon2id hash of `password`; a random salt unless one is given (a generated dataset wants the same hash each run). */
export function hashPassword(password: string, salt?: Buffer): Promise<string> {
  return argon2.hash(password, salt ? { ...ARGON2, salt } : ARGON2);
}

let dummyHash: Promise<string> | undefined;

/** Verifies a password; with no hash (unknown account) it still spends the same time. */
export async function verifyPassword(hash: string | null | undefined, password: string): Promise<boolean> {
  if (!hash) {
    dummyHash ??= hashPassword('not-a-real-password-only-for-timing');
    await argon2.verify(await dummyHash, password);
    return false;
  }
  return argon2.verify(hash, password);
}
