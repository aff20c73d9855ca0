import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { Trainee } from '@app/training/trainees/trainee.entity';
import { AfgsuSession } from './afgsu-session.entity';

export type AfgsuAttendance = 'enrolled' | 'present' | 'absent';

/** A trainee enrolled in an AFGSU session, and whether they attended. */
@Entity('afgsu_participants')
@Index(['sessionId', 'traineeId'], { unique: true })
@Index(['traineeId'])
export class AfgsuParticipant {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  schoolId: string;

  @Column({ type: 'uuid' })
  sessionId: string;

  @ManyToOne(() => AfgsuSession, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id' })
  session?: Relation<AfgsuSession>;

  @Column({ type: 'uuid' })
  traineeId: string;

  @ManyToOne(() => Trainee, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'trainee_id' })
  trainee?: Relation<Trainee>;

  @Column({ type: 'varchar', length: 10, default: 'enrolled' })
  attendance: AfgsuAttendance;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
