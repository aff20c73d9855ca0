import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  MinLength,
} from 'class-validator';
import { IsEmailAddress, PageQuery, Trim, TrimLower } from '@app/platform';
import type { TutorProfession } from '../tutor.entity';

export const TUTOR_PROFESSIONS: TutorProfession[] = ['general_practitioner', 'specialist', 'coordinating_nurse', 'manager'];

export class CreateTutorRequest {
  @ApiProperty() @Trim() @MinLength(1) @MaxLength(100) @IsString() lastName: string;
  @ApiProperty() @Trim() @MinLength(1) @MaxLength(100) @IsString() firstName: string;

  @ApiProperty({ enum: TUTOR_PROFESSIONS, enumName: 'TutorProfession' })
  @IsIn(TUTOR_PROFESSIONS)
  profession: TutorProfession;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'RPPS number: 11 digits, checked (Luhn)' })
  @IsOptional()
  @IsString()
  rpps?: string | null;

  @ApiProperty() @TrimLower() @MaxLength(254) @IsEmailAddress() email: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @Trim()
  @Matches(/^\+?[0-9 .-]{6,19}$/)
  phone?: string | null;

  @ApiProperty({ type: [String], format: 'uuid', description: 'The host sites the tutor works at' })
  @IsUUID('all', { each: true })
  @ArrayUnique()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsArray()
  hostSiteIds: string[];
}

export class UpdateTutorRequest extends PartialType(CreateTutorRequest) {}

export class TutorQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Name or e-mail' }) @IsOptional() @MaxLength(100) @IsString() q?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() hostSiteId?: string;
}

export class TutorSiteResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
}

export class TutorResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() lastName: string;
  @ApiProperty() firstName: string;
  @ApiProperty({ enum: TUTOR_PROFESSIONS, enumName: 'TutorProfession' }) profession: TutorProfession;
  @ApiProperty() professionLabel: string;
  @ApiProperty({ type: String, nullable: true }) rpps: string | null;
  @ApiProperty() email: string;
  @ApiProperty({ type: String, nullable: true }) phone: string | null;
  @ApiProperty({ type: [TutorSiteResponse] }) hostSites: TutorSiteResponse[];
}
