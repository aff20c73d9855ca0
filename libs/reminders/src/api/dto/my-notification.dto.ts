import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional } from 'class-validator';
import { PageQuery } from '@app/platform';
import { Notification } from '../../notifications/notification.entity';
import { REMINDER_KINDS, ReminderKind, reminderRule } from '../../rules/reminder-catalogue';

export class MyNotificationsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ['sentAt'] })
  @IsOptional()
  @IsIn(['sentAt'])
  sort = 'sentAt' as const;

  @ApiPropertyOptional({ description: 'Only the unread ones' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'unread : true ou false attendu.' })
  unread?: boolean;
}

/** One notification of the signed-in person's centre. */
export class MyNotificationResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: REMINDER_KINDS, enumName: 'ReminderKind' }) kind: ReminderKind;
  @ApiProperty({ description: 'The kind in words (French)' }) kindTitle: string;
  @ApiProperty({ description: 'The title (French)' }) subject: string;
  @ApiProperty() text: string;
  @ApiProperty({ description: 'The page of the web app to act on' }) linkPath: string;
  @ApiProperty() sentAt: Date;
  @ApiProperty({ type: Date, nullable: true }) readAt: Date | null;

  static from(n: Notification): MyNotificationResponse {
    const { id, kind, subject, text, linkPath, sentAt, readAt } = n;
    return { id, kind, kindTitle: reminderRule(kind).title, subject, text, linkPath, sentAt: sentAt!, readAt };
  }
}

export class MyNotificationPage {
  @ApiProperty({ type: [MyNotificationResponse] }) items: MyNotificationResponse[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
  @ApiProperty({ description: 'How many of all my notifications are unread' }) unreadCount: number;
}

export class UnreadCountResponse {
  @ApiProperty() unreadCount: number;
}
