import { IsCalendarDate, Trim } from '@app/platform';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, MaxLength, Min, MinLength } from 'class-validator';
import { SessionResponse } from '../../timetable/dto/course-session.dto';
import { AttendanceStatus } from '../attendance-record.entity';

const STATUSES = Object.values(AttendanceStatus);

export class RecordAttendanceRequest {
  @ApiProperty({ enum: STATUSES, enumName: 'AttendanceStatus' })
  @IsIn(STATUSES)
  status: AttendanceStatus;

  @ApiPropertyOptional({ type: Number, nullable: true, description: 'Minutes attended after a late arrival' })
  @IsOptional()
  @Min(1)
  @IsInt()
  attendedMinutes?: number | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'Reason of an excused absence (required for « excused »)' })
  @IsOptional()
  @Trim()
  @MaxLength(1000)
  @IsString()
  justification?: string | null;

  @ApiPropertyOptional({ description: 'Why the sheet is corrected (required after the signing window closes)' })
  @IsOptional()
  @Trim()
  @MinLength(3)
  @MaxLength(500)
  @IsString()
  reason?: string;
}

export class AttendanceLineResponse {
  @ApiProperty({ format: 'uuid' }) traineeId: string;
  @ApiProperty() lastName: string;
  @ApiProperty() firstName: string;
  @ApiProperty({ enum: STATUSES, enumName: 'AttendanceStatus', nullable: true }) status: AttendanceStatus | null;
  @ApiProperty({ type: Date, nullable: true, description: 'When the trainee signed (null: not signed by the trainee)' })
  signedAt: Date | null;
  @ApiProperty({ type: Number, nullable: true }) attendedMinutes: number | null;
  @ApiProperty({ type: String, nullable: true }) justification: string | null;
  @ApiProperty({ type: Date, nullable: true }) recordedAt: Date | null;
  @ApiProperty({ description: 'A justification document is attached' }) hasDocument: boolean;
}

export class AttendanceSheetResponse {
  @ApiProperty({ type: SessionResponse }) session: SessionResponse;
  @ApiProperty() signingOpensAt: Date;
  @ApiProperty() signingClosesAt: Date;
  @ApiProperty({ description: 'Whether trainees may sign now' }) signingOpen: boolean;
  @ApiProperty({ type: Date, nullable: true }) countersignedAt: Date | null;
  @ApiProperty({ type: [AttendanceLineResponse] }) lines: AttendanceLineResponse[];
}

export class MySessionResponse {
  @ApiProperty({ type: SessionResponse }) session: SessionResponse;
  @ApiProperty({ enum: STATUSES, enumName: 'AttendanceStatus', nullable: true }) status: AttendanceStatus | null;
  @ApiProperty({ type: Date, nullable: true }) signedAt: Date | null;
  @ApiProperty() canSign: boolean;
  @ApiProperty({ type: String, nullable: true, description: 'Why signing is not possible now (French)' }) signingMessage: string | null;
  @ApiProperty() signingOpensAt: Date;
  @ApiProperty() signingClosesAt: Date;
}

export class MySessionsQuery {
  @ApiPropertyOptional({ format: 'date', description: 'Day (Europe/Paris), today by default' })
  @IsOptional()
  @IsCalendarDate()
  date?: string;
}

export class MyTimetableQuery {
  @ApiProperty({ format: 'date', description: 'From this day (inclusive)' })
  @IsCalendarDate()
  from: string;

  @ApiProperty({ format: 'date', description: 'To this day (inclusive)' })
  @IsCalendarDate()
  to: string;
}
