import { Injectable } from '@nestjs/common';
import { Db, notFound } from '@app/platform';
import { Convention as ConventionRules, ConventionParty, conventionStatus, ConventionStatus } from '../rules/convention.rules';
import { ConventionSignature } from './convention-signature.entity';
import { Convention } from './convention.entity';

/** A convention with its signatures loaded. */
export type LoadedConvention = Convention & { signatures: ConventionSignature[] };

/** The signatures that count: those of the convention's current content (a refresh leaves earlier ones as evidence only). */
export function countingSignatures(c: LoadedConvention): ConventionSignature[] {
  return c.signatures.filter((s) => s.contentHash === c.contentHash);
}

/** The convention as the rules see it: sending time and the time each party signed its current content. */
export function asRules(c: LoadedConvention): ConventionRules {
  const signatures: Partial<Record<ConventionParty, Date>> = {};
  for (const s of countingSignatures(c)) signatures[s.party] = s.signedAt;
  return { id: c.id, placementId: c.placementId, version: c.version, sentAt: c.sentAt, signatures };
}

export const statusOf = (c: LoadedConvention): ConventionStatus => conventionStatus(asRules(c));

/** Reads of conventions, in the tenant transaction. */
@Injectable()
export class ConventionsRepository {
  constructor(private readonly db: Db) {}

  /** One convention with its signatures (locked for update when `lock`, so two signatures land one after the other). */
  async get(id: string, lock = false): Promise<LoadedConvention> {
    if (lock) await this.db.tx.query('SELECT 1 FROM conventions WHERE id = $1 FOR UPDATE', [id]);
    const c = await this.db.tx.findOne(Convention, {
      where: { id },
      relations: { signatures: true },
      order: { signatures: { signedAt: 'ASC' } },
    });
    if (!c) throw notFound('Convention');
    return c as LoadedConvention;
  }

  /** Every version of a placement's convention, newest first. */
  async ofPlacement(placementId: string): Promise<LoadedConvention[]> {
    return (await this.db.tx.find(Convention, {
      where: { placementId },
      relations: { signatures: true },
      order: { version: 'DESC', signatures: { signedAt: 'ASC' } },
    })) as LoadedConvention[];
  }

  /** The status of the latest version of each placement's convention (placements without one are absent). */
  async latestStatuses(placementIds: string[]): Promise<Map<string, ConventionStatus>> {
    if (placementIds.length === 0) return new Map();
    const latest = (await this.db.tx
      .createQueryBuilder(Convention, 'c')
      .leftJoinAndSelect('c.signatures', 's')
      .where('c.placement_id IN (:...placementIds)', { placementIds })
      .andWhere('c.version = (SELECT max(v.version) FROM conventions v WHERE v.placement_id = c.placement_id)')
      .getMany()) as LoadedConvention[];
    return new Map(latest.map((c) => [c.placementId, statusOf(c)]));
  }

  /**
   * The status of the convention in force for a placement: 'signed' when any version is signed (an avenant being
   * signed leaves the signed version in force), else the status of the latest version; null without a convention.
   */
  async inForceStatus(placementId: string): Promise<ConventionStatus | null> {
    const versions = await this.ofPlacement(placementId);
    const inForce = versions.find((c) => c.signedAt !== null) ?? versions[0];
    return inForce ? statusOf(inForce) : null;
  }
}
