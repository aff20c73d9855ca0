import { assertInstant } from './internship-settings';

/** What a magic link grants: filling in one tutor evaluation, or signing one convention. */
export type MagicLinkPurpose = 'evaluation' | 'signature';

/** How long a magic link lasts, in days of 24 hours from its creation, per purpose. */
export const MAGIC_LINK_LIFETIME_DAYS: Readonly<Record<MagicLinkPurpose, number>> = { evaluation: 30, signature: 14 };

/** A stored magic link (its token is hashed elsewhere): its expiry, its use, and the one evaluation or convention it opens. */
export interface MagicLink {
  expiresAt: Date;
  usedAt: Date | null;
  purpose: MagicLinkPurpose;
  subjectId: string;
}

/** Outcome of checkMagicLink: accepted, or a refusal with a code and a French message. */
export type MagicLinkCheck = { ok: true } | { ok: false; code: 'LINK_WRONG_SCOPE' | 'LINK_USED' | 'LINK_EXPIRED'; message: string };

/**
 * The expiry of a link created at `createdAt` for `purpose`: createdAt plus MAGIC_LINK_LIFETIME_DAYS of 24 hours
 * (an instant: a DST change does not shift it). Throws a RangeError on an invalid instant or unknown purpose.
 */
export function magicLinkExpiry(purpose: MagicLinkPurpose, createdAt: Date): Date {
  assertPurpose(purpose);
  assertInstant(createdAt);
  return new Date(createdAt.getTime() + MAGIC_LINK_LIFETIME_DAYS[purpose] * 86_400_000);
}

/**
 * Whether `link` opens the requested evaluation or signature at `request.now`. Refused, in this order:
 * `LINK_WRONG_SCOPE` (another purpose or another subject: a link grants exactly one evaluation or one signature),
 * `LINK_USED` (already used), `LINK_EXPIRED` (now at or after expiresAt: a link expiring at 10:00 no longer works at
 * 10:00). Throws a RangeError on an invalid instant or unknown purpose.
 */
export function checkMagicLink(link: MagicLink, request: { now: Date; purpose: MagicLinkPurpose; subjectId: string }): MagicLinkCheck {
  assertPurpose(link.purpose);
  assertPurpose(request.purpose);
  assertInstant(link.expiresAt);
  assertInstant(request.now);
  if (link.usedAt !== null) assertInstant(link.usedAt);
  if (link.purpose !== request.purpose || link.subjectId !== request.subjectId) {
    return { ok: false, code: 'LINK_WRONG_SCOPE', message: 'Ce lien ne donne pas accès à ce document.' };
  }
  if (link.usedAt !== null) {
    return { ok: false, code: 'LINK_USED', message: 'Ce lien a déjà été utilisé : demandez-en un nouveau à l’organisme de formation.' };
  }
  if (request.now.getTime() >= link.expiresAt.getTime()) {
    return { ok: false, code: 'LINK_EXPIRED', message: 'Ce lien a expiré : demandez-en un nouveau à l’organisme de formation.' };
  }
  return { ok: true };
}

function assertPurpose(purpose: MagicLinkPurpose): void {
  if (!Object.hasOwn(MAGIC_LINK_LIFETIME_DAYS, purpose)) throw new RangeError(`Usage de lien inconnu : « ${purpose} ».`);
}
