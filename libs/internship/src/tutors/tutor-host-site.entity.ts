import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Relation, Column } from 'typeorm';
import { HostSite } from '../host-sites/host-site.entity';
import { Tutor } from './tutor.entity';

/** A tutor works at a host site (a tutor may work at several). */
@Entity('tutor_host_sites')
@Index(['hostSiteId'])
export class TutorHostSite {
  @PrimaryColumn({ type: 'uuid' })
  tutorId: string;

  @ManyToOne(() => Tutor, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'tutor_id' })
  tutor?: Relation<Tutor>;

  @PrimaryColumn({ type: 'uuid' })
  hostSiteId: string;

  @ManyToOne(() => HostSite, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'host_site_id' })
  hostSite?: Relation<HostSite>;

  @Column({ type: 'uuid' })
  schoolId: string;
}
