import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { Trainee } from '@app/training/trainees/trainee.entity';
import { HostSite } from '../host-sites/host-site.entity';
import { Tutor } from '../tutors/tutor.entity';

export type PlacementType = 'stage' | 'alternance';

/** What the trainee should practise there, block by block. */
export interface PlacementObjective {
  blockId: string;
  text: string;
}

/**
 * A trainee's placement at a host site with a tutor, for a period (dates included) and planned hours: a stage, or the
 * practice that employs an alternance trainee. Placements of one trainee never overlap; a site never takes more
 * trainees at once than its capacity.
 */
@Entity('placements')
@Index(['traineeId', 'startOn'])
@Index(['hostSiteId', 'startOn'])
@Index(['schoolId', 'startOn'])
export class Placement {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  schoolId: string;

  @Column({ type: 'uuid' })
  traineeId: string;

  @ManyToOne(() => Trainee, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'trainee_id' })
  trainee?: Relation<Trainee>;

  @Column({ type: 'uuid' })
  hostSiteId: string;

  @ManyToOne(() => HostSite, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'host_site_id' })
  hostSite?: Relation<HostSite>;

  @Column({ type: 'uuid' })
  tutorId: string;

  @ManyToOne(() => Tutor, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'tutor_id' })
  tutor?: Relation<Tutor>;

  @Column({ type: 'varchar', length: 12 })
  type: PlacementType;

  @Column({ type: 'date' })
  startOn: string;

  @Column({ type: 'date' })
  endOn: string;

  @Column({ type: 'int' })
  plannedHours: number;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  objectives: PlacementObjective[];

  /** When staff recorded the trainee's first day at the site (allowed only with a signed convention). */
  @Column({ type: 'timestamptz', nullable: true })
  startedAt: Date | null;

  /** The account that recorded the start. */
  @Column({ type: 'uuid', nullable: true })
  startedBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
