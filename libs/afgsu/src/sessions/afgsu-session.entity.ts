import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { AfgsuSessionDay, AfgsuSessionKind } from '../rules/afgsu-session.rules';

/** An AFGSU course the school organises with a CESU: the full 14 h course or a 7 h refresher, over one or more days. */
@Entity('afgsu_sessions')
@Index(['schoolId', 'startsOn'])
export class AfgsuSession {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  schoolId: string;

  @Column({ type: 'varchar', length: 20 })
  kind: AfgsuSessionKind;

  /** The CESU (centre d'enseignement des soins d'urgence) that teaches and issues the attestations. */
  @Column({ type: 'varchar', length: 200 })
  cesuName: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  trainerName: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  place: string | null;

  @Column({ type: 'int' })
  capacity: number;

  /** The days and times, in order (Europe/Paris). */
  @Column({ type: 'jsonb' })
  days: AfgsuSessionDay[];

  /** First and last day (kept with `days` for date queries). */
  @Column({ type: 'date' })
  startsOn: string;

  @Column({ type: 'date' })
  endsOn: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
