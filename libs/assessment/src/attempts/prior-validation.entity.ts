import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { Trainee } from '@app/training/trainees/trainee.entity';
import type { PriorValidation } from '../rules/block-status.rules';

/**
 * A block a trainee validated before this path (earlier path, another school) or by VAE, recorded by staff with its
 * date and a reference (jury, VAE decision): it counts as acquired like a validation in this path.
 */
@Entity('prior_block_validations')
@Index(['traineeId', 'blockId'], { unique: true })
export class PriorBlockValidation {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  schoolId: string;

  @Column({ type: 'uuid' })
  traineeId: string;

  @ManyToOne(() => Trainee, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'trainee_id' })
  trainee?: Relation<Trainee>;

  @Column({ type: 'uuid' })
  blockId: string;

  @Column({ type: 'varchar', length: 10 })
  source: PriorValidation['source'];

  @Column({ type: 'date' })
  validatedOn: string;

  @Column({ type: 'varchar', length: 300 })
  reference: string;

  @Column({ type: 'uuid', nullable: true })
  recordedBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
