import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { EpreuveKind } from '../rules/assessment';

const decimal = { to: (v: number) => v, from: (v: string) => Number(v) };

/**
 * An épreuve of a block (for a certification version, in a school): its kind, maximum mark, pass mark (on its own
 * scale) and weight in the block's result. Retired épreuves stay for the marks already given (active = false).
 */
@Entity('assessments')
@Index(['schoolId', 'versionId', 'blockId'])
export class Assessment {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  schoolId: string;

  @Column({ type: 'uuid' })
  versionId: string;

  @Column({ type: 'uuid' })
  blockId: string;

  @Column({ type: 'varchar', length: 20 })
  kind: EpreuveKind;

  @Column({ type: 'varchar', length: 150 })
  label: string;

  @Column({ type: 'numeric', precision: 5, scale: 2, transformer: decimal })
  maxMark: number;

  @Column({ type: 'numeric', precision: 5, scale: 2, transformer: decimal })
  passMark: number;

  @Column({ type: 'numeric', precision: 5, scale: 2, default: 1, transformer: decimal })
  weight: number;

  @Column({ type: 'smallint', default: 1 })
  position: number;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
