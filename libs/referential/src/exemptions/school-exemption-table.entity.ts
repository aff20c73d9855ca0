import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, Relation, UpdateDateColumn } from 'typeorm';
import { School } from '@app/platform/schools/school.entity';
import { CertificationVersion } from '../versions/certification-version.entity';
import type { ExemptionDefault } from './exemption-defaults';

/** A school's own exemption table for a version, used instead of the referential's (every change is audited). */
@Entity('school_exemption_tables')
export class SchoolExemptionTable {
  @PrimaryColumn({ type: 'uuid' })
  schoolId: string;

  @ManyToOne(() => School, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'school_id' })
  school?: Relation<School>;

  @PrimaryColumn({ type: 'uuid' })
  versionId: string;

  @ManyToOne(() => CertificationVersion, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'version_id' })
  version?: Relation<CertificationVersion>;

  @Column({ type: 'jsonb' })
  rows: ExemptionDefault[];

  @Column({ type: 'uuid', nullable: true })
  updatedBy: string | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
