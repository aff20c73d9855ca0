import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Relation,
  UpdateDateColumn,
} from 'typeorm';
import type { CompetencyLevel } from '../rules/evaluation.rules';
import { Placement } from '../placements/placement.entity';

/**
 * A tutor evaluation of a placement, due on a date: a level and a comment per competency of the blocks the placement
 * covers (keyed by competency code), and an overall comment. `draftSavedAt`: when a draft was first saved;
 * `submittedAt`: when it was last submitted (read-only from then on); `reopenedAt` and `reopenReason`: the last staff
 * reopening.
 */
@Entity('tutor_evaluations')
@Index(['placementId', 'dueOn'])
export class TutorEvaluation {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  schoolId: string;

  @Column({ type: 'uuid' })
  placementId: string;

  @ManyToOne(() => Placement, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'placement_id' })
  placement?: Relation<Placement>;

  @Column({ type: 'date' })
  dueOn: string;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  levels: Record<string, CompetencyLevel>;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  comments: Record<string, string>;

  @Column({ type: 'text', nullable: true })
  overallComment: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  draftSavedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  reopenedAt: Date | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  reopenReason: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
