import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** Kinds of host site (lieu de stage). */
export type HostSiteKind = 'general_practice' | 'specialist_practice' | 'health_centre' | 'msp' | 'other';

/** A person to contact at a host site. */
export interface HostSiteContact {
  name: string;
  role: string | null;
  email: string | null;
  phone: string | null;
}

/**
 * A host site: a practice or health centre where trainees do their placements (the practice that employs an alternance
 * trainee is one too). Its capacity is the number of trainees it takes at once.
 */
@Entity('host_sites')
@Index(['schoolId', 'name'])
export class HostSite {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  schoolId: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 30 })
  kind: HostSiteKind;

  /** For a specialist practice: the speciality (cardiologie, pédiatrie…). */
  @Column({ type: 'varchar', length: 100, nullable: true })
  speciality: string | null;

  @Column({ type: 'varchar', length: 300 })
  address: string;

  @Column({ type: 'char', length: 5 })
  postalCode: string;

  @Column({ type: 'varchar', length: 100 })
  city: string;

  @Column({ type: 'char', length: 14, nullable: true })
  siret: string | null;

  @Column({ type: 'int' })
  capacity: number;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  contacts: HostSiteContact[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
