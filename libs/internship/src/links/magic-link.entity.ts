import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { MagicLinkPurpose } from '../rules/magic-link.rules';

/**
 * A signed, expiring link e-mailed to one person (a tutor, a signatory): it opens exactly one tutor evaluation or one
 * convention signature (`purpose` + `subjectId`, and `party` for a signature), nothing else. Only the SHA-256 of its
 * secret is stored. `usedAt`: when it was used up (a signature made, an evaluation submitted); `replacedAt`: when a
 * newer link for the same purpose, subject and party made it stop working.
 */
@Entity('magic_links')
@Index(['purpose', 'subjectId'])
export class MagicLink {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  schoolId: string;

  @Column({ type: 'varchar', length: 12 })
  purpose: MagicLinkPurpose;

  @Column({ type: 'uuid' })
  subjectId: string;

  /** For a signature: the party who signs through this link (school, host, trainee); null for an evaluation. */
  @Column({ type: 'varchar', length: 12, nullable: true })
  party: string | null;

  @Column({ type: 'varchar', length: 254 })
  recipientEmail: string;

  @Column({ type: 'varchar', length: 200 })
  recipientName: string;

  @Column({ type: 'char', length: 64, unique: true })
  tokenHash: string;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  usedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  replacedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
