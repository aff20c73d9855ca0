import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { Account } from '@app/platform/accounts/account.entity';
import { BlockModule } from '@app/referential/versions/block-module.entity';
import { ReferentialBlock } from '@app/referential/versions/referential-block.entity';
import { Cohort } from '../cohorts/cohort.entity';

/**
 * A course session (séance) of a cohort: one block (and module), a date and local times in
 * Europe/Paris. `startsAt`/`endsAt`/`minutes` are derived from them on write, for indexed queries.
 */
@Entity('course_sessions')
@Index(['cohortId', 'date'])
@Index(['trainerId', 'date'])
@Index(['schoolId', 'date'])
export class CourseSession {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  schoolId: string;

  @Column({ type: 'uuid' })
  cohortId: string;

  @ManyToOne(() => Cohort, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cohort_id' })
  cohort?: Relation<Cohort>;

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

  @Column({ type: 'date' })
  date: string;

  /** HH:MM, Europe/Paris */
  @Column({ type: 'varchar', length: 5 })
  startTime: string;

  @Column({ type: 'varchar', length: 5 })
  endTime: string;

  @Column({ type: 'timestamptz' })
  startsAt: Date;

  @Column({ type: 'timestamptz' })
  endsAt: Date;

  @Column({ type: 'int' })
  minutes: number;

  @Column({ type: 'uuid', nullable: true })
  trainerId: string | null;

  @ManyToOne(() => Account, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'trainer_id' })
  trainer?: Relation<Account>;

  @Column({ type: 'varchar', length: 120, nullable: true })
  room: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  videoUrl: string | null;

  /** The trainer's countersignature of the attendance sheet. */
  @Column({ type: 'timestamptz', nullable: true })
  countersignedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  countersignedBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
