import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { Account } from '@app/platform/accounts/account.entity';
import { Cohort } from '../cohorts/cohort.entity';

export enum TraineeStatus {
  Active = 'active',
  Withdrawn = 'withdrawn',
}

/** A trainee (stagiaire) of a cohort, with the account they log in with. */
@Entity('trainees')
@Index(['cohortId', 'lastName'])
@Index(['schoolId', 'status'])
export class Trainee {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  schoolId: string;

  @Column({ type: 'uuid' })
  cohortId: string;

  @ManyToOne(() => Cohort, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'cohort_id' })
  cohort?: Relation<Cohort>;

  @Column({ type: 'uuid', unique: true })
  accountId: string;

  @ManyToOne(() => Account, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'account_id' })
  account?: Relation<Account>;

  @Column({ type: 'varchar', length: 100 })
  lastName: string;

  @Column({ type: 'varchar', length: 100 })
  firstName: string;

  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Column({ type: 'varchar', length: 20, nullable: true })
  phone: string | null;

  /** First day the trainee follows the cohort: earlier sessions are not theirs (rolling entries). */
  @Column({ type: 'date' })
  joinedOn: string;

  @Column({ type: 'enum', enum: TraineeStatus, enumName: 'trainee_status', default: TraineeStatus.Active })
  status: TraineeStatus;

  /** Secret of the trainee's own iCal feed URL. */
  @Column({ type: 'varchar', length: 64, unique: true })
  icalToken: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  /** When the retention job anonymised the trainee's records (RGPD: the training records' period has passed). */
  @Column({ type: 'timestamptz', nullable: true })
  anonymisedAt: Date | null;

  /** When the retention job disabled and anonymised the trainee's account (RGPD: former trainee). */
  @Column({ type: 'timestamptz', nullable: true })
  accountClosedAt: Date | null;
}
