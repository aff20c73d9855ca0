import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { Trainee } from '@app/training/trainees/trainee.entity';
import { ExamSession } from '../exam-sessions/exam-session.entity';

/**
 * A trainee's attempt n at a block (passage), made by convening them to an exam session: the marks of the block's
 * épreuves sitting there make its result. Earlier attempts and their marks are kept.
 */
@Entity('attempts')
@Index(['traineeId', 'blockId', 'number'], { unique: true })
@Index(['examSessionId'])
export class Attempt {
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

  @Column({ type: 'smallint' })
  number: number;

  @Column({ type: 'uuid' })
  examSessionId: string;

  @ManyToOne(() => ExamSession, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'exam_session_id' })
  examSession?: Relation<ExamSession>;

  /** When the convocation was sent (e-mail and PDF). */
  @Column({ type: 'timestamptz', nullable: true })
  convenedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
