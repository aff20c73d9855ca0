import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { Trainee } from '@app/training/trainees/trainee.entity';
import type { BlockOutcome } from '../rules/assessment';
import { JurySession } from './jury-session.entity';

/**
 * A jury's decision on a block for a trainee. Never edited in place (a trigger refuses UPDATE and DELETE): a correction
 * is a new decision that names the one it supersedes and why; the latest one counts and the history is shown.
 */
@Entity('jury_decisions')
@Index(['traineeId', 'blockId', 'decidedAt'])
@Index(['schoolId', 'outcome'])
export class JuryDecisionRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  schoolId: string;

  @Column({ type: 'uuid' })
  jurySessionId: string;

  @ManyToOne(() => JurySession, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'jury_session_id' })
  jurySession?: Relation<JurySession>;

  @Column({ type: 'uuid' })
  traineeId: string;

  @ManyToOne(() => Trainee, { onDelete: 'RESTRICT', createForeignKeyConstraints: false })
  @JoinColumn({ name: 'trainee_id' })
  trainee?: Relation<Trainee>;

  @Column({ type: 'uuid' })
  blockId: string;

  /** The attempt decided on. */
  @Column({ type: 'uuid' })
  attemptId: string;

  /** What the rules proposed from the attempt (null when there was no complete result). */
  @Column({ type: 'varchar', length: 20, nullable: true })
  proposal: BlockOutcome | null;

  @Column({ type: 'varchar', length: 20 })
  outcome: BlockOutcome;

  @Column({ type: 'text', nullable: true })
  comment: string | null;

  /** A correction names the decision it replaces, and why. */
  @Column({ type: 'uuid', nullable: true })
  supersedesId: string | null;

  @Column({ type: 'text', nullable: true })
  correctionReason: string | null;

  @Column({ type: 'uuid', nullable: true })
  decidedBy: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  decidedAt: Date;
}
