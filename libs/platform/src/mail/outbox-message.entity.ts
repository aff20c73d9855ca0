import { Column, JoinColumn, ManyToOne, Relation, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { School } from '../schools/school.entity';

export enum OutboxStatus {
  Pending = 'pending',
  Sending = 'sending',
  Sent = 'sent',
  Failed = 'failed',
}

/**
 * Every e-mail the product sends. The row (with its unique key) is written before delivery, so a
 * retried job never sends twice (MailDeliveryService). With the outbox driver, delivery writes an .eml file.
 */
@Entity('outbox_messages')
@Index(['schoolId', 'createdAt'])
export class OutboxMessage {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', nullable: true })
  schoolId: string | null;

  @ManyToOne(() => School, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'school_id' })
  school?: Relation<School>;

  /** Idempotency key, e.g. `invitation:<tokenId>`. */
  @Column({ type: 'varchar', length: 200, unique: true })
  key: string;

  @Column({ type: 'varchar', length: 254 })
  to: string;

  @Column({ type: 'varchar', length: 300 })
  subject: string;

  @Column({ type: 'text' })
  text: string;

  @Column({ type: 'text', nullable: true })
  html: string | null;

  @Column({ type: 'enum', enum: OutboxStatus, enumName: 'outbox_status', default: OutboxStatus.Pending })
  status: OutboxStatus;

  @Column({ type: 'varchar', length: 20, nullable: true })
  transport: string | null;

  /** Storage key of the .eml file (outbox driver). */
  @Column({ type: 'varchar', length: 300, nullable: true })
  emlKey: string | null;

  /** Claims so far; also the fence of the current one (a superseded sender cannot hand the message over). */
  @Column({ type: 'int', default: 0 })
  attempts: number;

  /**
   * When the sender was about to end the message (the SMTP end of data): from then on the server may have accepted it,
   * so it is never sent again automatically. Set with status `failed`: not confirmed by the server, for a person to check.
   */
  @Column({ type: 'timestamptz', nullable: true })
  handedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  lastError: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt: Date | null;
}
