import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ResultRule } from '../rules/assessment';

/** A school's rule for a block of a version; without a row, the weighted average of the marks against the pass mark. */
@Entity('block_result_rules')
export class BlockResultRule {
  @PrimaryColumn({ type: 'uuid' })
  schoolId: string;

  @PrimaryColumn({ type: 'uuid' })
  versionId: string;

  @PrimaryColumn({ type: 'uuid' })
  blockId: string;

  @Column({ type: 'varchar', length: 20 })
  rule: ResultRule;
}
