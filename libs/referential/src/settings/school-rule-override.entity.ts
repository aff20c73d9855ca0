import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, Relation, UpdateDateColumn } from 'typeorm';
import { School } from '@app/platform/schools/school.entity';
import { CertificationVersion } from '../versions/certification-version.entity';

/** A school's value for a configurable rule setting of a version (every change is audited). */
@Entity('school_rule_overrides')
export class SchoolRuleOverride {
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

  @PrimaryColumn({ type: 'varchar', length: 60 })
  key: string;

  /** null where the setting allows "none" (e.g. blocks acquired for life). */
  @Column({ type: 'jsonb', nullable: true })
  value: number | null;

  @Column({ type: 'uuid', nullable: true })
  updatedBy: string | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
