import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PageQuery } from '../../http/pagination';
import { IsDayOrInstant } from '../../http/validators';
import { AuditEvent } from '../audit-event.entity';
import { shownValues } from '../audit-masking.rules';

export class AuditEventQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ['occurredAt'] })
  @IsOptional()
  @IsIn(['occurredAt'])
  sort = 'occurredAt' as const;

  @ApiPropertyOptional()
  @IsOptional()
  @MaxLength(60)
  @IsString()
  entityType?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @MaxLength(60)
  @IsString()
  action?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  actorId?: string;

  @ApiPropertyOptional({ description: 'From this instant (ISO 8601)' })
  @IsOptional()
  @IsDayOrInstant()
  from?: string;

  @ApiPropertyOptional({ description: 'Up to this instant (ISO 8601)' })
  @IsOptional()
  @IsDayOrInstant()
  to?: string;
}

export class AuditEventResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() occurredAt: Date;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) actorId: string | null;
  @ApiProperty({ type: String, nullable: true }) actorEmail: string | null;
  @ApiProperty() entityType: string;
  @ApiProperty({ type: String, nullable: true }) entityId: string | null;
  @ApiProperty() action: string;
  @ApiProperty({
    type: Object,
    nullable: true,
    description: 'As kept; for health data, only `{ healthData: true, fields }` (the fields that changed)',
  })
  before: Record<string, unknown> | null;
  @ApiProperty({ type: Object, nullable: true, description: 'As `before`' }) after: Record<string, unknown> | null;
  @ApiProperty({ type: String, nullable: true }) reason: string | null;

  static from(e: AuditEvent): AuditEventResponse {
    const { id, occurredAt, actorId, actorEmail, entityType, entityId, action, reason } = e;
    return { id, occurredAt, actorId, actorEmail, entityType, entityId, action, ...shownValues(entityType, e.before, e.after), reason };
  }
}
