import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { ReminderChannel, ReminderKind } from '../rules/reminder-catalogue';

/** Where a notification stands: waiting for its time, sent (e-mail handed to the outbox, or shown in-app), failed, or cancelled (no longer due). */
export type NotificationStatus = 'scheduled' | 'sent' | 'failed' | 'cancelled';

/**
 * One reminder for one recipient on one channel. Written with its unique key before anything is sent (a second sweep,
 * a retry or a crash never sends it twice), then sent once at `sendAt`: an e-mail becomes an outbox message in the same
 * transaction that marks it sent; an in-app one shows in the recipient's notification centre.
 */
@Entity('notifications')
@Index(['status', 'sendAt'])
@Index(['recipientAccountId', 'createdAt'])
@Index(['schoolId', 'createdAt'])
export class Notification {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  schoolId: string;

  @Column({ type: 'varchar', length: 400, unique: true })
  key: string;

  @Column({ type: 'varchar', length: 200 })
  reminderKey: string;

  @Column({ type: 'varchar', length: 40 })
  kind: ReminderKind;

  @Column({ type: 'varchar', length: 10 })
  channel: ReminderChannel;

  @Column({ type: 'uuid', nullable: true })
  recipientAccountId: string | null;

  @Column({ type: 'varchar', length: 254 })
  recipientEmail: string;

  @Column({ type: 'varchar', length: 200 })
  recipientName: string;

  @Column({ type: 'varchar', length: 300 })
  subject: string;

  @Column({ type: 'text' })
  text: string;

  @Column({ type: 'varchar', length: 500 })
  linkPath: string;

  @Column({ type: 'date' })
  dueOn: string;

  @Column({ type: 'timestamptz' })
  sendAt: Date;

  @Column({ type: 'varchar', length: 10, default: 'scheduled' })
  status: NotificationStatus;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ type: 'text', nullable: true })
  lastError: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  readAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  outboxMessageId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
