import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import type { ConventionParty } from '../rules/convention.rules';
import { MagicLink } from '../links/magic-link.entity';
import { Convention } from './convention.entity';

/**
 * One party's electronic signature of a convention (append-only evidence): who, when, from which IP and browser,
 * through which link, and the hash of the content signed. It counts only while that hash is the convention's current
 * one: refreshing a partly-signed convention makes earlier signatures stop counting without erasing them.
 */
@Entity('convention_signatures')
@Index(['conventionId', 'party'])
export class ConventionSignature {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  schoolId: string;

  @Column({ type: 'uuid' })
  conventionId: string;

  @ManyToOne(() => Convention, (c) => c.signatures, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'convention_id' })
  convention?: Relation<Convention>;

  @Column({ type: 'varchar', length: 12 })
  party: ConventionParty;

  @Column({ type: 'varchar', length: 150 })
  signerName: string;

  @Column({ type: 'char', length: 64 })
  contentHash: string;

  @Column({ type: 'timestamptz' })
  signedAt: Date;

  @Column({ type: 'varchar', length: 45 })
  ip: string;

  @Column({ type: 'varchar', length: 500 })
  userAgent: string;

  @Column({ type: 'uuid' })
  magicLinkId: string;

  @ManyToOne(() => MagicLink, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'magic_link_id' })
  magicLink?: Relation<MagicLink>;
}
