import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { Trainee } from '@app/training/trainees/trainee.entity';
import type { AfgsuKind, AfgsuLevel } from '../rules/afgsu-attestation';

/**
 * An AFGSU attestation of a trainee: from the school's CESU session (initial course or refresher), or obtained
 * elsewhere before the training (prior, which counts once staff have verified it). Several are kept over time;
 * `expiresOn` is the last valid day. The scanned attestation is in storage under a random key.
 */
@Entity('afgsu_attestations')
@Index(['traineeId', 'expiresOn'])
export class AfgsuAttestationRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  schoolId: string;

  @Column({ type: 'uuid' })
  traineeId: string;

  @ManyToOne(() => Trainee, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'trainee_id' })
  trainee?: Relation<Trainee>;

  @Column({ type: 'smallint' })
  level: AfgsuLevel;

  @Column({ type: 'varchar', length: 20 })
  kind: AfgsuKind;

  @Column({ type: 'varchar', length: 200 })
  issuingCentre: string;

  @Column({ type: 'date' })
  issuedOn: string;

  @Column({ type: 'date' })
  expiresOn: string;

  /** The school's session it comes from, if any. */
  @Column({ type: 'uuid', nullable: true })
  sessionId: string | null;

  /** For a refresher: the attestation it extends. */
  @Column({ type: 'uuid', nullable: true })
  baseId: string | null;

  @Column({ type: 'boolean' })
  verified: boolean;

  @Column({ type: 'uuid', nullable: true })
  verifiedBy: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  verifiedAt: Date | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  documentKey: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  documentType: string | null;

  @Column({ type: 'int', nullable: true })
  documentSize: number | null;

  @Column({ type: 'char', length: 64, nullable: true })
  documentSha256: string | null;

  @Column({ type: 'varchar', length: 120, nullable: true })
  documentName: string | null;

  @Column({ type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
