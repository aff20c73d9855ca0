import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';
import { IsCalendarDate, IsOptionalNotNull, PageQuery, Trim } from '@app/platform';
import { Cohort, CohortFormat } from '../cohort.entity';

const FORMATS = Object.values(CohortFormat);

export class CreateCohortRequest {
  @ApiProperty({ example: 'Promotion Lyon – janvier 2027' })
  @Trim()
  @MinLength(2)
  @MaxLength(120)
  @IsString()
  name: string;

  @ApiProperty({ format: 'uuid', description: 'Certification version followed by the cohort' })
  @IsUUID()
  versionId: string;

  @ApiProperty({ enum: FORMATS, enumName: 'CohortFormat' })
  @IsIn(FORMATS)
  format: CohortFormat;

  @ApiProperty({ format: 'date', example: '2027-01-11' })
  @IsCalendarDate()
  startDate: string;

  @ApiProperty({ format: 'date', example: '2027-06-30' })
  @IsCalendarDate()
  endDate: string;

  @ApiProperty({ minimum: 1, maximum: 200 })
  @Min(1)
  @Max(200)
  @IsInt()
  capacity: number;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'Lyon – salle 2' })
  @IsOptional()
  @Trim()
  @MaxLength(200)
  @IsString()
  place?: string | null;
}

export class UpdateCohortRequest {
  @ApiPropertyOptional()
  @IsOptionalNotNull()
  @Trim()
  @MinLength(2)
  @MaxLength(120)
  @IsString()
  name?: string;

  @ApiPropertyOptional({ enum: FORMATS, enumName: 'CohortFormat' })
  @IsOptionalNotNull()
  @IsIn(FORMATS)
  format?: CohortFormat;

  @ApiPropertyOptional({ format: 'date' })
  @IsOptionalNotNull()
  @IsCalendarDate()
  startDate?: string;

  @ApiPropertyOptional({ format: 'date' })
  @IsOptionalNotNull()
  @IsCalendarDate()
  endDate?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 200 })
  @IsOptionalNotNull()
  @Min(1)
  @Max(200)
  @IsInt()
  capacity?: number;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @Trim()
  @MaxLength(200)
  @IsString()
  place?: string | null;
}

export class CohortApplicationsRequest {
  @ApiProperty({ description: 'Whether candidates may apply to this cohort through the public form' })
  @IsBoolean()
  applicationsOpen: boolean;
}

export class CohortQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ['startDate', 'name'] })
  @IsOptional()
  @IsIn(['startDate', 'name'])
  sort: 'startDate' | 'name' = 'startDate';

  @ApiPropertyOptional({ description: 'Part of the name or place' })
  @IsOptional()
  @MaxLength(100)
  @IsString()
  q?: string;

  @ApiPropertyOptional({ enum: FORMATS, enumName: 'CohortFormat' })
  @IsOptional()
  @IsIn(FORMATS)
  format?: CohortFormat;

  @ApiPropertyOptional({ description: 'Cohorts running on this day (YYYY-MM-DD)', format: 'date' })
  @IsOptional()
  @IsCalendarDate()
  activeOn?: string;
}

export class CohortResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ format: 'uuid' }) versionId: string;
  @ApiProperty({ example: 'RNCP40913' }) versionCode: string;
  @ApiProperty({ enum: FORMATS, enumName: 'CohortFormat' }) format: CohortFormat;
  @ApiProperty({ format: 'date' }) startDate: string;
  @ApiProperty({ format: 'date' }) endDate: string;
  @ApiProperty() capacity: number;
  @ApiProperty({ type: String, nullable: true }) place: string | null;
  @ApiProperty() traineeCount: number;
  @ApiProperty({ description: 'Open to applications through the public form' }) applicationsOpen: boolean;
  @ApiProperty({ description: 'Tokenised iCal feed of the timetable (subscribe from any calendar)' }) icalUrl: string;

  static from(c: Cohort, extra: { versionCode: string; traineeCount: number; publicUrl: string }): CohortResponse {
    return {
      id: c.id,
      name: c.name,
      versionId: c.versionId,
      versionCode: extra.versionCode,
      format: c.format,
      startDate: c.startDate,
      endDate: c.endDate,
      capacity: c.capacity,
      place: c.place,
      traineeCount: extra.traineeCount,
      applicationsOpen: c.applicationsOpen,
      icalUrl: `${extra.publicUrl}/api/v1/ical/cohorts/${c.icalToken}.ics`,
    };
  }
}
