import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { EachNested, IsCalendarDate, PageQuery, Trim } from '@app/platform';
import {
  ADJUSTMENTS,
  type Adjustment,
  VACCINATION_STATUSES,
  VACCINE_KINDS,
  type VaccinationStatus,
  type VaccineKind,
} from '../../rules/health.rules';

export class VaccinationInput {
  @ApiProperty({ enum: VACCINE_KINDS, enumName: 'VaccineKind' })
  @IsIn(VACCINE_KINDS)
  kind: VaccineKind;

  @ApiProperty({ enum: VACCINATION_STATUSES, enumName: 'VaccinationStatus', description: 'à jour / incomplet / non renseigné' })
  @IsIn(VACCINATION_STATUSES)
  status: VaccinationStatus;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'Day the proof was checked (YYYY-MM-DD)' })
  @IsOptional()
  @IsCalendarDate()
  checkedOn?: string | null;
}

/** The whole record, replaced at once (audited with before and after; the access is logged). */
export class SaveTraineeHealthRequest {
  @ApiProperty({ description: 'RQTH or another recognised disability (situation de handicap)' })
  @IsBoolean()
  disabilityRecognised: boolean;

  @ApiProperty({ enum: ADJUSTMENTS, enumName: 'Adjustment', isArray: true })
  @IsIn(ADJUSTMENTS, { each: true })
  @ArrayMaxSize(ADJUSTMENTS.length)
  @IsArray()
  adjustments: Adjustment[];

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 2000 })
  @IsOptional()
  @Trim()
  @MaxLength(2000)
  @IsString()
  adjustmentsNote?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'Day the adjustments were decided (YYYY-MM-DD)' })
  @IsOptional()
  @IsCalendarDate()
  adjustmentsDecidedOn?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 200, example: 'Claire Dubois, référente handicap' })
  @IsOptional()
  @Trim()
  @MaxLength(200)
  @IsString()
  adjustmentsDecidedBy?: string | null;

  @ApiProperty({ type: [VaccinationInput] })
  @EachNested(() => VaccinationInput)
  @ArrayMaxSize(VACCINE_KINDS.length)
  @IsArray()
  vaccinations: VaccinationInput[];
}

export class VaccinationResponse {
  @ApiProperty({ enum: VACCINE_KINDS, enumName: 'VaccineKind' }) kind: VaccineKind;
  @ApiProperty({ enum: VACCINATION_STATUSES, enumName: 'VaccinationStatus' }) status: VaccinationStatus;
  @ApiProperty({ type: String, nullable: true }) checkedOn: string | null;
  @ApiProperty({ description: 'Asked by healthcare host sites before a placement' }) requiredForPlacement: boolean;
}

export class TraineeHealthResponse {
  @ApiProperty({ format: 'uuid' }) traineeId: string;
  @ApiProperty() disabilityRecognised: boolean;
  @ApiProperty({ enum: ADJUSTMENTS, enumName: 'Adjustment', isArray: true }) adjustments: Adjustment[];
  @ApiProperty({ type: String, nullable: true }) adjustmentsNote: string | null;
  @ApiProperty({ type: String, nullable: true }) adjustmentsDecidedOn: string | null;
  @ApiProperty({ type: String, nullable: true }) adjustmentsDecidedBy: string | null;
  @ApiProperty({ type: [VaccinationResponse], description: 'Every vaccine of the catalogue' }) vaccinations: VaccinationResponse[];
  @ApiProperty({ description: 'Required vaccinations up to date today' }) placementReady: boolean;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) updatedAt: Date | null;
}

export class HealthAccessQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ['at'] })
  @IsOptional()
  @IsIn(['at'])
  sort = 'at' as const;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  traineeId?: string;
}

export class HealthAccessResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'date-time' }) at: Date;
  @ApiProperty({ format: 'uuid' }) traineeId: string;
  @ApiProperty({ type: String, nullable: true, description: 'The trainee’s name (null once the record is gone)' })
  traineeName: string | null;
  @ApiProperty({ type: String, nullable: true }) actorEmail: string | null;
  @ApiProperty({ type: String, nullable: true }) actorRole: string | null;
  @ApiProperty({ enum: ['read', 'write'] }) action: string;
  @ApiProperty({ type: [String] }) fields: string[];
  @ApiProperty({ description: 'The route that read or wrote' }) context: string;
}
