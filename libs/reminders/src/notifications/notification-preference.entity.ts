import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** The optional reminders an account muted (mandatory ones cannot be: checkMute). */
@Entity('notification_preferences')
export class NotificationPreference {
  @PrimaryColumn({ type: 'uuid' })
  accountId: string;

  @Column({ type: 'uuid' })
  schoolId: string;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  mutedKinds: string[];

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
