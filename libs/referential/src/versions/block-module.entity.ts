import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { ReferentialBlock } from './referential-block.entity';

/** A module (teaching unit) of a block, with its planned minutes. */
@Entity('referential_modules')
@Index(['blockId', 'code'], { unique: true })
export class BlockModule {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  blockId: string;

  @ManyToOne(() => ReferentialBlock, (b) => b.modules, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'block_id' })
  block?: Relation<ReferentialBlock>;

  @Column({ type: 'varchar', length: 12 })
  code: string;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'int' })
  plannedMinutes: number;

  @Column({ type: 'smallint' })
  position: number;
}
