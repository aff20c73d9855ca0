import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
  Relation,
  UpdateDateColumn,
} from 'typeorm';
import { Placement } from '../placements/placement.entity';
import type { ConventionContent } from './convention-content';
import { ConventionSignature } from './convention-signature.entity';

/**
 * One version of a placement's convention de stage (1: the convention; 2 and more: avenants, each amending the signed
 * version before it). `content` is the snapshot its PDF is made from and `contentHash` what the parties sign. Once
 * `signedAt` is set (third valid signature) a database trigger refuses any change or deletion of the row.
 */
@Entity('conventions')
@Index(['placementId', 'version'], { unique: true })
export class Convention {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  schoolId: string;

  @Column({ type: 'uuid' })
  placementId: string;

  @ManyToOne(() => Placement, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'placement_id' })
  placement?: Relation<Placement>;

  @Column({ type: 'int' })
  version: number;

  @Column({ type: 'uuid', nullable: true })
  amendsId: string | null;

  @ManyToOne(() => Convention, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'amends_id' })
  amends?: Relation<Convention>;

  @Column({ type: 'jsonb' })
  content: ConventionContent;

  @Column({ type: 'char', length: 64 })
  contentHash: string;

  /** When the current content was first sent for signature (null: a draft). */
  @Column({ type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  signedAt: Date | null;

  /** The PDF last sent for signature. */
  @Column({ type: 'varchar', length: 250, nullable: true })
  pdfKey: string | null;

  /** The signed PDF: the content and its « Certificat de signature ». */
  @Column({ type: 'varchar', length: 250, nullable: true })
  signedPdfKey: string | null;

  @OneToMany(() => ConventionSignature, (s) => s.convention)
  signatures?: Relation<ConventionSignature[]>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
