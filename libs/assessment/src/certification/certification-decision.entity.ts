import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { JurySession } from '../juries/jury-session.entity';

/**
 * The jury's certification decision for a trainee (CQP awarded), taken only when the readiness checklist is complete;
 * the checklist as it stood is kept. Never edited (a trigger refuses UPDATE and DELETE).
 */
@Entity('certification_decisions')
@Index(['traineeId'], { unique: true })
export class CertificationDecision {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  schoolId: string;

  @Column({ type: 'uuid' })
  traineeId: string;

  @Column({ type: 'uuid' })
  jurySessionId: string;

  @ManyToOne(() => JurySession, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'jury_session_id' })
  jurySession?: Relation<JurySession>;

  @Column({ type: 'date' })
  decidedOn: string;

  @Column({ type: 'jsonb' })
  readiness: { key: string; ok: boolean; label: string; detail: string }[];

  @Column({ type: 'uuid', nullable: true })
  decidedBy: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  decidedAt: Date;
}
