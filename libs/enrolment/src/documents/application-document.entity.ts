import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { Application } from '../applications/application.entity';
import type { DocumentKind, DocumentStatus } from '../rules/documents.rules';

/** A document of an application file (pièce du dossier): the bytes are in storage under a random key. */
@Entity('application_documents')
@Index(['applicationId', 'kind'])
export class ApplicationDocument {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  schoolId: string;

  @Column({ type: 'uuid' })
  applicationId: string;

  @ManyToOne(() => Application, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'application_id' })
  application?: Relation<Application>;

  @Column({ type: 'varchar', length: 30 })
  kind: DocumentKind;

  @Column({ type: 'varchar', length: 20, default: 'received' })
  status: DocumentStatus;

  @Column({ type: 'varchar', length: 300 })
  storageKey: string;

  /** Recognised from the bytes, never from the name. */
  @Column({ type: 'varchar', length: 100 })
  contentType: string;

  @Column({ type: 'int' })
  size: number;

  @Column({ type: 'char', length: 64 })
  sha256: string;

  /** The name the candidate gave, made safe for display and download. */
  @Column({ type: 'varchar', length: 120 })
  fileName: string;

  /** Why staff rejected it (the candidate sees it). */
  @Column({ type: 'text', nullable: true })
  rejectionReason: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  uploadedAt: Date;

  @Column({ type: 'uuid', nullable: true })
  reviewedBy: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  reviewedAt: Date | null;

  /** When the retention job removed its file from storage (RGPD); the row stays, for the file's history. */
  @Column({ type: 'timestamptz', nullable: true })
  purgedAt: Date | null;
}
