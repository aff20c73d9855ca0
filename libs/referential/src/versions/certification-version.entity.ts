import { Column, Entity, OneToMany, PrimaryGeneratedColumn, Relation } from 'typeorm';
import type { ExemptionDefault } from '../exemptions/exemption-defaults';
import { RuleSettings } from '../settings/rule-settings';
import { ReferentialBlock } from './referential-block.entity';

/** A version of the CQP as registered in the RNCP: its blocks, hours and rule settings are data. */
@Entity('certification_versions')
export class CertificationVersion {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** e.g. RNCP40913 */
  @Column({ type: 'varchar', length: 20, unique: true })
  code: string;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  /** Last day the certification may be awarded (null: still open). */
  @Column({ type: 'date', nullable: true })
  awardedUntil: string | null;

  @Column({ type: 'jsonb' })
  settings: RuleSettings;

  /** The default exemption table of the version (a school may replace it with its own). */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  exemptionDefaults: ExemptionDefault[];

  @OneToMany(() => ReferentialBlock, (b) => b.version)
  blocks?: Relation<ReferentialBlock[]>;
}
