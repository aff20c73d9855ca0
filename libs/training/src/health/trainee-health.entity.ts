import { Column, Entity, JoinColumn, OneToOne, PrimaryGeneratedColumn, Relation, UpdateDateColumn } from 'typeorm';
import { Trainee } from '../trainees/trainee.entity';
import type { Adjustment, Vaccination } from '../rules/health.rules';

/**
 * A trainee's health data (données de santé): disability adjustments and vaccination status. Read and written only
 * through TraineeHealthService, which logs every access (health_access_log).
 */
@Entity('trainee_health')
export class TraineeHealth {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  schoolId: string;

  /** One record per trainee (the one-to-one relation's unique constraint). */
  @Column({ type: 'uuid' })
  traineeId: string;

  @OneToOne(() => Trainee, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'trainee_id' })
  trainee?: Relation<Trainee>;

  /** RQTH or another recognised disability (situation de handicap). */
  @Column({ type: 'boolean', default: false })
  disabilityRecognised: boolean;

  @Column({ type: 'varchar', array: true, default: () => "'{}'" })
  adjustments: Adjustment[];

  @Column({ type: 'text', nullable: true })
  adjustmentsNote: string | null;

  @Column({ type: 'date', nullable: true })
  adjustmentsDecidedOn: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  adjustmentsDecidedBy: string | null;

  /** Status and check date per vaccine; never the certificate's medical details. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  vaccinations: Vaccination[];

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @Column({ type: 'uuid', nullable: true })
  updatedBy: string | null;
}
