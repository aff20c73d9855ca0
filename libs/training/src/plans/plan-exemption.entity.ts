import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { BlockModule } from '@app/referential/versions/block-module.entity';
import { ReferentialBlock } from '@app/referential/versions/referential-block.entity';
import { Trainee } from '../trainees/trainee.entity';

/** Part of a block (or of one module) a trainee is exempted from, with its justification (positionnement). */
@Entity('plan_exemptions')
@Index(['traineeId', 'blockId'])
export class PlanExemption {
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

  @ManyToOne(() => ReferentialBlock, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'block_id' })
  block?: Relation<ReferentialBlock>;

  @Column({ type: 'uuid', nullable: true })
  moduleId: string | null;

  @ManyToOne(() => BlockModule, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'module_id' })
  module?: Relation<BlockModule>;

  @Column({ type: 'int' })
  minutes: number;

  @Column({ type: 'text' })
  justification: string;

  @Column({ type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
