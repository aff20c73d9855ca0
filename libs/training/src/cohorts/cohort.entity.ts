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
import { School } from '@app/platform/schools/school.entity';
import { CertificationVersion } from '@app/referential/versions/certification-version.entity';

export enum CohortFormat {
  Presentiel = 'presentiel',
  Distanciel = 'distanciel',
  Mixte = 'mixte',
  Alternance = 'alternance',
}

/** A cohort (session / promotion) of trainees following one certification version. */
@Entity('cohorts')
@Index(['schoolId', 'startDate'])
export class Cohort {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  schoolId: string;

  @ManyToOne(() => School, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'school_id' })
  school?: Relation<School>;

  @Column({ type: 'varchar', length: 120 })
  name: string;

  @Column({ type: 'uuid' })
  versionId: string;

  @ManyToOne(() => CertificationVersion, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'version_id' })
  version?: Relation<CertificationVersion>;

  @Column({ type: 'enum', enum: CohortFormat, enumName: 'cohort_format' })
  format: CohortFormat;

  @Column({ type: 'date' })
  startDate: string;

  @Column({ type: 'date' })
  endDate: string;

  @Column({ type: 'int' })
  capacity: number;

  @Column({ type: 'varchar', length: 200, nullable: true })
  place: string | null;

  /** Candidates may apply to this cohort through the school's public form. */
  @Column({ type: 'boolean', default: false })
  applicationsOpen: boolean;

  /** Secret of the cohort's iCal feed URL (regenerated to revoke it). */
  @Column({ type: 'varchar', length: 64, unique: true })
  icalToken: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
