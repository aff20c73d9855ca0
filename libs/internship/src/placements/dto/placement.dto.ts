import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';
import { EachNested, IsCalendarDate, PageQuery, Trim } from '@app/platform';
import type { PlacementType } from '../placement.entity';
import type { ConventionStatus } from '../../rules/convention.rules';

const TYPES: PlacementType[] = ['stage', 'alternance'];

export class PlacementObjectiveInput {
  @ApiProperty({ format: 'uuid' }) @IsUUID() blockId: string;
  @ApiProperty() @Trim() @MinLength(3) @MaxLength(1000) @IsString() text: string;
}

export class PlacementRequest {
  @ApiProperty({ format: 'uuid' }) @IsUUID() traineeId: string;
  @ApiProperty({ format: 'uuid' }) @IsUUID() hostSiteId: string;
  @ApiProperty({ format: 'uuid', description: 'A tutor who works at that host site' }) @IsUUID() tutorId: string;
  @ApiProperty({ enum: TYPES, enumName: 'PlacementType' }) @IsIn(TYPES) type: PlacementType;
  @ApiProperty({ format: 'date' }) @IsCalendarDate() startOn: string;
  @ApiProperty({ format: 'date', description: 'Last day (included)' }) @IsCalendarDate() endOn: string;
  @ApiProperty({ minimum: 1, maximum: 2000 }) @Min(1) @Max(2000) @IsInt() plannedHours: number;

  @ApiPropertyOptional({ type: [PlacementObjectiveInput] })
  @IsOptional()
  @EachNested(() => PlacementObjectiveInput)
  @ArrayMaxSize(10)
  @IsArray()
  objectives?: PlacementObjectiveInput[];
}

export class PlacementQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() traineeId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() hostSiteId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() tutorId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() cohortId?: string;
  @ApiPropertyOptional({ format: 'date', description: 'Placements running that day' }) @IsOptional() @IsCalendarDate() activeOn?: string;
}

export class PlacementResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) traineeId: string;
  @ApiProperty() traineeName: string;
  @ApiProperty({ format: 'uuid' }) hostSiteId: string;
  @ApiProperty() hostSiteName: string;
  @ApiProperty({ format: 'uuid' }) tutorId: string;
  @ApiProperty() tutorName: string;
  @ApiProperty({ enum: TYPES, enumName: 'PlacementType' }) type: PlacementType;
  @ApiProperty({ format: 'date' }) startOn: string;
  @ApiProperty({ format: 'date' }) endOn: string;
  @ApiProperty() plannedHours: number;
  @ApiProperty({ type: [PlacementObjectiveInput] }) objectives: PlacementObjectiveInput[];
  @ApiProperty({
    enum: ['draft', 'sent', 'partly_signed', 'signed'],
    enumName: 'ConventionStatus',
    nullable: true,
    description: 'Status of the latest convention version (null: none)',
  })
  conventionStatus: ConventionStatus | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) startedAt: Date | null;
}
