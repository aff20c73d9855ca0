import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A training organisation (organisme de formation) accredited for the CQP: the tenant. */
@Entity('schools')
export class School {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 60, unique: true })
  slug: string;

  @Column({ type: 'varchar', length: 60, default: 'Europe/Paris' })
  timezone: string;

  /** Letterhead of the documents the school issues (set by its administrator). */
  @Column({ type: 'varchar', length: 300, nullable: true })
  address: string | null;

  @Column({ type: 'char', length: 14, nullable: true })
  siret: string | null;

  /** Numéro de déclaration d'activité (organisme de formation), 11 digits. */
  @Column({ type: 'char', length: 11, nullable: true })
  activityNumber: string | null;

  /** Who signs the documents (e.g. « Claire Dubois, directrice »). */
  @Column({ type: 'varchar', length: 150, nullable: true })
  signatory: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  phone: string | null;

  @Column({ type: 'varchar', length: 254, nullable: true })
  contactEmail: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
