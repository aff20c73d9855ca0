import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { IsCalendarDate, OutboxStatus, PageQuery } from '@app/platform';
import { Notification, NotificationStatus } from '../../notifications/notification.entity';
import { checkRetry } from '../../rules/notification-retry.rules';
import { REMINDER_KINDS, ReminderChannel, ReminderKind, reminderRule } from '../../rules/reminder-catalogue';

export const NOTIFICATION_STATUSES = ['scheduled', 'sent', 'failed', 'cancelled'] as const satisfies readonly NotificationStatus[];

export class NotificationsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ['sendAt', 'createdAt'], default: 'sendAt' })
  @IsOptional()
  @IsIn(['sendAt', 'createdAt'])
  sort: 'sendAt' | 'createdAt' = 'sendAt';

  @ApiPropertyOptional({ enum: NOTIFICATION_STATUSES, enumName: 'NotificationStatus' })
  @IsOptional()
  @IsIn(NOTIFICATION_STATUSES, { message: 'Statut inconnu (scheduled, sent, failed ou cancelled attendu).' })
  status?: NotificationStatus;

  @ApiPropertyOptional({ enum: REMINDER_KINDS, enumName: 'ReminderKind' })
  @IsOptional()
  @IsIn(REMINDER_KINDS, { message: 'Type de rappel inconnu.' })
  kind?: ReminderKind;

  @ApiPropertyOptional({ enum: ['email', 'in_app'], enumName: 'ReminderChannel' })
  @IsOptional()
  @IsIn(['email', 'in_app'], { message: 'Canal inconnu (email ou in_app attendu).' })
  channel?: ReminderChannel;

  @ApiPropertyOptional({ description: 'Part of the recipient’s name or address' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Sent (or to send) on or after this day (Europe/Paris)' })
  @IsOptional()
  @IsCalendarDate()
  from?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Sent (or to send) on or before this day (Europe/Paris)' })
  @IsOptional()
  @IsCalendarDate()
  to?: string;
}

/** One notification of the school's overview. Never its link (a single-use link must not leave the e-mail). */
export class NotificationOverviewItem {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: REMINDER_KINDS, enumName: 'ReminderKind' }) kind: ReminderKind;
  @ApiProperty({ description: 'The kind in words (French)' }) kindTitle: string;
  @ApiProperty({ enum: ['email', 'in_app'], enumName: 'ReminderChannel' }) channel: ReminderChannel;
  @ApiProperty() recipientName: string;
  @ApiProperty() recipientEmail: string;
  @ApiProperty() subject: string;
  @ApiProperty({ format: 'date' }) dueOn: string;
  @ApiProperty({ description: 'When it is (or was) to be sent' }) sendAt: Date;
  @ApiProperty({ type: Date, nullable: true }) sentAt: Date | null;
  @ApiProperty({ type: Date, nullable: true, description: 'When the recipient read it in the app' }) readAt: Date | null;
  @ApiProperty({ enum: NOTIFICATION_STATUSES, enumName: 'NotificationStatus' }) status: NotificationStatus;
  @ApiProperty() attempts: number;
  @ApiProperty({ type: String, nullable: true }) lastError: string | null;
  @ApiProperty({
    enum: OutboxStatus,
    enumName: 'OutboxStatus',
    nullable: true,
    description: 'The e-mail’s status in the outbox, once sent',
  })
  outboxStatus: OutboxStatus | null;
  @ApiProperty({ description: 'Whether staff may send it again now' }) retryable: boolean;

  static from(n: Notification, outboxStatus: OutboxStatus | null, now: Date): NotificationOverviewItem {
    const { id, kind, channel, recipientName, recipientEmail, subject, dueOn, sendAt, sentAt, readAt, status, attempts, lastError } = n;
    return {
      id,
      kind,
      kindTitle: reminderRule(kind).title,
      channel,
      recipientName,
      recipientEmail,
      subject,
      dueOn,
      sendAt,
      sentAt,
      readAt,
      status,
      attempts,
      lastError,
      outboxStatus,
      retryable: checkRetry(n, now).ok,
    };
  }
}

export class NotificationStatusCounts {
  @ApiProperty() scheduled: number;
  @ApiProperty() sent: number;
  @ApiProperty() failed: number;
  @ApiProperty() cancelled: number;
}

export class NotificationOverviewPage {
  @ApiProperty({ type: [NotificationOverviewItem] }) items: NotificationOverviewItem[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
  @ApiProperty({ type: NotificationStatusCounts, description: 'Per status, with the other filters applied' })
  counts: NotificationStatusCounts;
}
