import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { IsCalendarDate, PageQuery } from '@app/platform';
import { AFGSU_STATUSES, AfgsuStatusResponse } from '../../attestations/dto/afgsu-attestation.dto';
import type { AfgsuStatusCode } from '../../rules/afgsu-status.rules';
import type { AfgsuReminderKind } from '../../rules/afgsu-reminders.rules';

export class AfgsuOverviewQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  cohortId?: string;

  @ApiPropertyOptional({ enum: AFGSU_STATUSES, enumName: 'AfgsuStatusCode' })
  @IsOptional()
  @IsIn(AFGSU_STATUSES)
  status?: AfgsuStatusCode;

  @ApiPropertyOptional({ format: 'date', description: 'The day the statuses are computed for (Europe/Paris); today by default' })
  @IsOptional()
  @IsCalendarDate()
  date?: string;
}

export class AfgsuOverviewRow extends AfgsuStatusResponse {
  @ApiProperty({ format: 'uuid' }) traineeId: string;
  @ApiProperty() lastName: string;
  @ApiProperty() firstName: string;
  @ApiProperty({ format: 'uuid' }) cohortId: string;
  @ApiProperty() cohortName: string;
}

export class AfgsuStatusCounts {
  @ApiProperty() missing: number;
  @ApiProperty() planned: number;
  @ApiProperty() valid: number;
  @ApiProperty() expiring_soon: number;
  @ApiProperty() expired: number;
}

export class AfgsuOverviewResponse {
  @ApiProperty({ type: [AfgsuOverviewRow] }) items: AfgsuOverviewRow[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
  @ApiProperty({ type: AfgsuStatusCounts, description: 'Trainees per status, all statuses, with the cohort filter only' })
  counts: AfgsuStatusCounts;
}

export class AfgsuRemindersQuery {
  @ApiProperty({ format: 'date' })
  @IsCalendarDate()
  from: string;

  @ApiProperty({ format: 'date' })
  @IsCalendarDate()
  to: string;
}

export class AfgsuReminderResponse {
  @ApiProperty({ enum: ['afgsu_expiring', 'afgsu_expired', 'afgsu_session_tomorrow'] }) kind: AfgsuReminderKind;
  @ApiProperty({ format: 'date' }) dueOn: string;
  @ApiProperty({ type: Number, nullable: true, enum: [90, 30] }) thresholdDays: number | null;
  @ApiProperty({ description: 'Deduplication key: one reminder per key, ever' }) key: string;
  @ApiProperty({ format: 'uuid' }) traineeId: string;
  @ApiProperty() traineeName: string;
}
