import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { DocumentKind } from './generated-document.entity';

/** A request for documents (one kind, for a cohort or a jury): its progress is the state of its documents. */
@Entity('document_batches')
export class DocumentBatch {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  schoolId: string;

  @Column({ type: 'varchar', length: 30 })
  kind: DocumentKind;

  @Column({ type: 'uuid', nullable: true })
  cohortId: string | null;

  @Column({ type: 'uuid', nullable: true })
  jurySessionId: string | null;

  @Column({ type: 'uuid', nullable: true })
  requestedBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
