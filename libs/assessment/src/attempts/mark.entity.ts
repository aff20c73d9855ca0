import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { Assessment } from '../assessments/assessment.entity';
import { Attempt } from './attempt.entity';

/** The mark of one épreuve in an attempt: a number from 0 to the maximum, or absent. Every change is audited. */
@Entity('marks')
@Index(['attemptId', 'assessmentId'], { unique: true })
export class AttemptMark {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  schoolId: string;

  @Column({ type: 'uuid' })
  attemptId: string;

  @ManyToOne(() => Attempt, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'attempt_id' })
  attempt?: Relation<Attempt>;

  @Column({ type: 'uuid' })
  assessmentId: string;

  @ManyToOne(() => Assessment, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'assessment_id' })
  assessment?: Relation<Assessment>;

  /** null when absent. */
  @Column({
    type: 'numeric',
    precision: 5,
    scale: 2,
    nullable: true,
    transformer: { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) },
  })
  value: number | null;

  @Column({ type: 'boolean', default: false })
  absent: boolean;

  @Column({ type: 'uuid', nullable: true })
  enteredBy: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  enteredAt: Date;
}
