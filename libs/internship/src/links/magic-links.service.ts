import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { AppConfig, AppError, Db } from '@app/platform';
import { hashToken, newToken } from '@app/platform/auth/secrets';
import { checkMagicLink, magicLinkExpiry, MagicLinkPurpose } from '../rules/magic-link.rules';
import { MagicLink } from './magic-link.entity';

/** The page of the web app each purpose opens (the token follows the path). */
export const MAGIC_LINK_PAGES: Readonly<Record<MagicLinkPurpose, string>> = {
  evaluation: 'tuteur/evaluation',
  signature: 'signature',
};

/** Who a link is for and what it opens. */
export interface MagicLinkRequest {
  purpose: MagicLinkPurpose;
  subjectId: string;
  party?: string | null;
  recipientEmail: string;
  recipientName: string;
}

/** The status codes of the refusals of checkMagicLink. */
const REFUSAL_STATUS = { LINK_WRONG_SCOPE: 403, LINK_USED: 410, LINK_EXPIRED: 410 } as const;

/**
 * Magic links for people without an account: issued in the school's open transaction (earlier unused links for the
 * same purpose, subject and party stop working), then opened by their secret alone. Opening finds the link's school
 * first, then runs the work inside that school's tenant transaction with the link row locked, so two requests with
 * one link are served one after the other.
 */
@Injectable()
export class MagicLinksService {
  constructor(
    private readonly db: Db,
    private readonly config: AppConfig,
  ) {}

  /** Creates a link in the open tenant transaction; returns its URL (to e-mail, never stored) and expiry. */
  async issue(request: MagicLinkRequest, now = new Date()): Promise<{ link: MagicLink; url: string }> {
    const party = request.party ?? null;
    await this.db.tx
      .createQueryBuilder()
      .update(MagicLink)
      .set({ replacedAt: now })
      .where('purpose = :purpose AND subject_id = :subjectId AND used_at IS NULL AND replaced_at IS NULL', request)
      .andWhere(party === null ? 'party IS NULL' : 'party = :party', { party })
      .execute();
    const { token, hash } = newToken();
    const link = await this.db.tx.save(
      this.db.tx.create(MagicLink, {
        schoolId: this.db.schoolId!,
        purpose: request.purpose,
        subjectId: request.subjectId,
        party,
        recipientEmail: request.recipientEmail,
        recipientName: request.recipientName,
        tokenHash: hash,
        expiresAt: magicLinkExpiry(request.purpose, now),
      }),
    );
    return { link, url: `${this.config.PUBLIC_URL.replace(/\/$/, '')}/${MAGIC_LINK_PAGES[request.purpose]}/${token}` };
  }

  /**
   * Runs `work` in the school of the link `token` when it opens `purpose` (and `subjectId` when the route names one):
   * 404 for an unknown or malformed token, 403 for a link of another purpose or subject, 410 for a link used, replaced
   * or expired. `work` gets the locked link row; use `use` to mark it used in the same transaction.
   */
  async open<T>(
    token: string,
    purpose: MagicLinkPurpose,
    work: (link: MagicLink) => Promise<T>,
    subjectId?: string,
    now = new Date(),
  ): Promise<T> {
    if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) throw unknownLink();
    const found = await this.db.admin.findOne(MagicLink, { where: { tokenHash: hashToken(token) }, select: { id: true, schoolId: true } });
    if (!found) throw unknownLink();
    return this.db.inSchool(found.schoolId, async () => {
      const link = await this.db.tx
        .createQueryBuilder(MagicLink, 'l')
        .where('l.id = :id', { id: found.id })
        .setLock('pessimistic_write')
        .getOneOrFail();
      if (link.replacedAt !== null && link.usedAt === null && link.purpose === purpose) {
        throw new AppError(410, 'LINK_REPLACED', 'Ce lien a été remplacé par un lien plus récent : utilisez le dernier e-mail reçu.');
      }
      const check = checkMagicLink(link, { now, purpose, subjectId: subjectId ?? (link.purpose === purpose ? link.subjectId : '') });
      if (!check.ok) throw new AppError(REFUSAL_STATUS[check.code], check.code, check.message);
      return work(link);
    });
  }

  /** Marks `link` used (within open()'s transaction): it will not open anything again. */
  async use(link: MagicLink, now = new Date()): Promise<void> {
    await this.db.tx.update(MagicLink, { id: link.id }, { usedAt: now });
  }

  /** The links issued for `subjectId` and `purpose`, newest first (for staff: who was sent what, used or not). */
  async history(purpose: MagicLinkPurpose, subjectId: string): Promise<MagicLink[]> {
    return (await this.histories(purpose, [subjectId])).get(subjectId) ?? [];
  }

  /** history() of several subjects in one statement: each subject's links, newest first (absent: none). */
  async histories(purpose: MagicLinkPurpose, subjectIds: readonly string[]): Promise<Map<string, MagicLink[]>> {
    const bySubject = new Map<string, MagicLink[]>();
    if (subjectIds.length === 0) return bySubject;
    const links = await this.db.tx.find(MagicLink, { where: { purpose, subjectId: In([...subjectIds]) }, order: { createdAt: 'DESC' } });
    for (const link of links) bySubject.set(link.subjectId, [...(bySubject.get(link.subjectId) ?? []), link]);
    return bySubject;
  }
}

function unknownLink(): AppError {
  return new AppError(404, 'LINK_NOT_FOUND', 'Ce lien n’existe pas : vérifiez qu’il a été copié en entier.');
}
