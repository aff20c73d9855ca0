import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A jury (date, president, members) that decides, block by block, for the trainees it examines. */
@Entity('jury_sessions')
@Index(['schoolId', 'date'])
export class JurySession {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  schoolId: string;

  @Column({ type: 'uuid' })
  versionId: string;

  @Column({ type: 'date' })
  date: string;

  @Column({ type: 'varchar', length: 150 })
  president: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  members: string[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
