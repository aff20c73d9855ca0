import { IsCalendarDate, Trim } from '@app/platform';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUrl, IsUUID, Matches, MaxLength } from 'class-validator';

const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;

export class SessionRequest {
  @ApiProperty({ format: 'uuid', description: 'Block of the cohort’s certification version' })
  @IsUUID()
  blockId: string;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID()
  moduleId?: string | null;

  @ApiProperty({ format: 'date', example: '2027-01-12' })
  @IsCalendarDate()
  date: string;

  @ApiProperty({ example: '09:00', description: 'Local time, Europe/Paris' })
  @Matches(HH_MM)
  @IsString()
  startTime: string;

  @ApiProperty({ example: '12:30' })
  @Matches(HH_MM)
  @IsString()
  endTime: string;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description: 'Account of the trainer' })
  @IsOptional()
  @IsUUID()
  trainerId?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'Salle 2' })
  @IsOptional()
  @Trim()
  @MaxLength(120)
  @IsString()
  room?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'https://visio.example.fr/abc' })
  @IsOptional()
  @MaxLength(500)
  @IsUrl({ protocols: ['https', 'http'], require_protocol: true })
  videoUrl?: string | null;
}

export class SessionQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  cohortId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Sessions taught by this trainer' })
  @IsOptional()
  @IsUUID()
  trainerId?: string;

  @ApiPropertyOptional({ format: 'date', description: 'From this day (inclusive)' })
  @IsOptional()
  @IsCalendarDate()
  from?: string;

  @ApiPropertyOptional({ format: 'date', description: 'To this day (inclusive); at most 366 days after `from`' })
  @IsOptional()
  @IsCalendarDate()
  to?: string;
}

export class SessionResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) cohortId: string;
  @ApiProperty() cohortName: string;
  @ApiProperty({ format: 'uuid' }) blockId: string;
  @ApiProperty({ example: 'BC02' }) blockCode: string;
  @ApiProperty() blockTitle: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) moduleId: string | null;
  @ApiProperty({ type: String, nullable: true }) moduleTitle: string | null;
  @ApiProperty({ format: 'date' }) date: string;
  @ApiProperty({ example: '09:00' }) startTime: string;
  @ApiProperty({ example: '12:30' }) endTime: string;
  @ApiProperty() startsAt: Date;
  @ApiProperty() endsAt: Date;
  @ApiProperty() minutes: number;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) trainerId: string | null;
  @ApiProperty({ type: String, nullable: true }) trainerName: string | null;
  @ApiProperty({ type: String, nullable: true }) room: string | null;
  @ApiProperty({ type: String, nullable: true }) videoUrl: string | null;
  @ApiProperty({ type: Date, nullable: true }) countersignedAt: Date | null;
}
