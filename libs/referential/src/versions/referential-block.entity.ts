import { Column, Entity, Index, JoinColumn, ManyToOne, OneToMany, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { CertificationVersion } from './certification-version.entity';
import { BlockModule } from './block-module.entity';

export enum BlockKind {
  /** A competency block (BC01–BC04), validated by a jury. */
  Competency = 'competency',
  /** The hours of the course that belong to no block (positioning, exams). */
  Other = 'other',
}

/** A competency block of a version (or its "other" line), with its planned minutes. */
@Entity('referential_blocks')
@Index(['versionId', 'code'], { unique: true })
export class ReferentialBlock {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  versionId: string;

  @ManyToOne(() => CertificationVersion, (v) => v.blocks, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'version_id' })
  version?: Relation<CertificationVersion>;

  /** BC01…BC04, or AUTRE */
  @Column({ type: 'varchar', length: 10 })
  code: string;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'enum', enum: BlockKind, enumName: 'block_kind' })
  kind: BlockKind;

  @Column({ type: 'int' })
  plannedMinutes: number;

  @Column({ type: 'smallint' })
  position: number;

  @OneToMany(() => BlockModule, (m) => m.block)
  modules?: Relation<BlockModule[]>;
}
