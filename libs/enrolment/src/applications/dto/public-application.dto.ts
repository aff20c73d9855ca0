import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
} from 'class-validator';
import { IsCalendarDate, IsDecimal, IsEmailAddress, Trim, TrimLower } from '@app/platform';
import { DIPLOMAS, Diploma, FundingPath, FUNDING_PATH_LABELS, Situation, SITUATION_LABELS } from '../../rules/candidate';
import { DOCUMENT_KINDS, DocumentKind, DocumentStatus } from '../../rules/documents.rules';
import { ApplicationStatus, STATUS_LABELS } from '../../rules/application-status.rules';

const SITUATIONS = Object.keys(SITUATION_LABELS) as Situation[];
const FUNDING_PATHS = Object.keys(FUNDING_PATH_LABELS) as FundingPath[];

export class ApplyRequest {
  @ApiProperty({ example: 'demo', description: 'The school (its public identifier)' })
  @TrimLower()
  @MaxLength(60)
  @IsString()
  schoolSlug: string;

  @ApiProperty({ format: 'uuid', description: 'The intake (a cohort open to applications)' })
  @IsUUID()
  cohortId: string;

  @ApiProperty() @Trim() @MinLength(1) @MaxLength(99) @IsString() lastName: string;
  @ApiProperty() @Trim() @MinLength(1) @MaxLength(99) @IsString() firstName: string;

  @ApiProperty()
  @TrimLower()
  @MaxLength(254)
  @IsEmailAddress()
  email: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @Trim()
  @Matches(/^\+?[0-9 .-]{6,19}$/)
  @IsString()
  phone?: string | null;

  @ApiProperty({ enum: SITUATIONS, enumName: 'Situation' })
  @IsIn(SITUATIONS)
  situation: Situation;

  @ApiProperty({ enum: DIPLOMAS, enumName: 'Diploma', isArray: true })
  @IsIn(DIPLOMAS, { each: true })
  @ArrayUnique()
  @IsArray()
  diplomas: Diploma[];

  @ApiProperty({ description: 'Years of experience as a medical secretary (0 if none)', minimum: 0, maximum: 50 })
  @Min(0)
  @Max(50)
  @IsDecimal(1)
  secretaryExperienceYears: number;

  @ApiPropertyOptional({
    type: String,
    format: 'date',
    nullable: true,
    description: 'Hire date, for an assistant already hired without the CQP',
  })
  @IsOptional()
  @IsCalendarDate()
  hiredAsAssistantOn?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @Trim()
  @MaxLength(200)
  @IsString()
  employerName?: string | null;

  @ApiProperty({ enum: FUNDING_PATHS, enumName: 'FundingPath' })
  @IsIn(FUNDING_PATHS)
  fundingPath: FundingPath;

  @ApiProperty({ description: 'Applying through a VAE (validation des acquis de l’expérience)' })
  @IsBoolean()
  vae: boolean;

  @ApiPropertyOptional({ type: Number, nullable: true })
  @IsOptional()
  @Min(0)
  @Max(100000)
  @IsInt()
  vaeExperienceHours?: number | null;

  @ApiPropertyOptional({ type: Number, nullable: true, enum: [1, 2], description: 'Level of an AFGSU attestation the candidate holds' })
  @ValidateIf((o: ApplyRequest) => o.afgsuLevel != null || o.afgsuIssuedOn != null)
  @IsIn([1, 2])
  afgsuLevel?: 1 | 2 | null;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true, description: 'Issue date of that attestation' })
  @ValidateIf((o: ApplyRequest) => o.afgsuLevel != null || o.afgsuIssuedOn != null)
  @IsCalendarDate()
  afgsuIssuedOn?: string | null;
}

export class IntakeResponse {
  @ApiProperty({ format: 'uuid' }) cohortId: string;
  @ApiProperty() name: string;
  @ApiProperty({ format: 'date' }) startDate: string;
  @ApiProperty({ format: 'date' }) endDate: string;
  @ApiProperty({ type: String, nullable: true }) place: string | null;
  @ApiProperty() format: string;
}

export class ApplyResponse {
  @ApiProperty({ example: 'C-7K3Q9F' }) reference: string;
  @ApiProperty({ description: 'What happens next (French)' }) message: string;
}

export class ChecklistItemResponse {
  @ApiProperty({ enum: DOCUMENT_KINDS, enumName: 'DocumentKind' }) kind: DocumentKind;
  @ApiProperty() label: string;
  @ApiProperty({ description: 'Why it is asked (French)' }) reason: string;
  @ApiProperty({ type: String, nullable: true, enum: ['received', 'accepted', 'rejected'] }) status: DocumentStatus | null;
  @ApiProperty({ type: String, nullable: true }) fileName: string | null;
  @ApiProperty({ type: String, nullable: true }) rejectionReason: string | null;
}

export class CandidateViewResponse {
  @ApiProperty() reference: string;
  @ApiProperty({ enum: Object.keys(STATUS_LABELS), enumName: 'ApplicationStatus' }) status: ApplicationStatus;
  @ApiProperty() statusLabel: string;
  @ApiProperty() schoolName: string;
  @ApiProperty() intakeName: string;
  @ApiProperty() lastName: string;
  @ApiProperty() firstName: string;
  @ApiProperty() email: string;
  @ApiProperty() eligible: boolean;
  @ApiProperty({ example: 'Éligible : DEAS' }) eligibility: string;
  @ApiProperty({ type: [ChecklistItemResponse] }) checklist: ChecklistItemResponse[];
  @ApiProperty() canSubmit: boolean;
  @ApiProperty({ type: String, nullable: true, description: 'Hire-date deadlines, when hired as an assistant' }) deadlines: string | null;
}
