import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn } from 'class-validator';
import { REMINDER_KINDS, ReminderChannel, ReminderKind } from '../../rules/reminder-catalogue';

/** One kind of reminder in the preferences: when it comes, whether it may be muted, whether it is. */
export class NotificationPreferenceResponse {
  @ApiProperty({ enum: REMINDER_KINDS, enumName: 'ReminderKind' }) kind: ReminderKind;
  @ApiProperty({ description: 'French title' }) title: string;
  @ApiProperty({ description: 'When it comes, in words (French)' }) when: string;
  @ApiProperty({ enum: ['email', 'in_app'], enumName: 'ReminderChannel', isArray: true }) channels: ReminderChannel[];
  @ApiProperty({ description: 'A mandatory reminder cannot be muted' }) mandatory: boolean;
  @ApiProperty() muted: boolean;
}

export class UpdateNotificationPreferencesRequest {
  @ApiProperty({ enum: REMINDER_KINDS, enumName: 'ReminderKind', isArray: true, description: 'The optional kinds to mute' })
  @IsArray({ message: 'La liste des rappels désactivés est attendue.' })
  @ArrayMaxSize(REMINDER_KINDS.length)
  @IsIn(REMINDER_KINDS, { each: true, message: 'Type de rappel inconnu.' })
  mutedKinds: ReminderKind[];
}
