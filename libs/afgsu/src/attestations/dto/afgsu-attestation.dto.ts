import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { IsCalendarDate, Trim } from '@app/platform';
import type { AfgsuKind, AfgsuLevel } from '../../rules/afgsu-attestation';
import { AfgsuStatusCode } from '../../rules/afgsu-status.rules';

const STATUSES: AfgsuStatusCode[] = ['valid', 'expiring_soon', 'expired', 'planned', 'missing'];

export class RecordAttestationRequest {
  @ApiProperty({ enum: [1, 2], description: 'AFGSU level (a level 2 counts in place of a level 1)' })
  @IsIn([1, 2])
  level: AfgsuLevel;

  @ApiProperty({
    enum: ['initial', 'prior'],
    description: 'initial: the full course at the school’s CESU; prior: obtained elsewhere (counts once verified)',
  })
  @IsIn(['initial', 'prior'])
  kind: 'initial' | 'prior';

  @ApiProperty({ description: 'The CESU that issued it', example: 'CESU 69 – Hospices civils de Lyon' })
  @Trim()
  @MinLength(2)
  @MaxLength(200)
  @IsString()
  issuingCentre: string;

  @ApiProperty({ format: 'date' })
  @IsCalendarDate()
  issuedOn: string;

  @ApiPropertyOptional({
    type: String,
    format: 'date',
    nullable: true,
    description: 'Only when the attestation prints one; else issue + validity',
  })
  @IsOptional()
  @IsCalendarDate()
  expiresOn?: string | null;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description: 'The school’s AFGSU session it comes from' })
  @IsOptional()
  @IsUUID()
  sessionId?: string | null;
}

export class RecordRefresherRequest {
  @ApiProperty({ format: 'date', description: 'Day of the 7 h réactualisation (before the expiry)' })
  @IsCalendarDate()
  refresherOn: string;

  @ApiProperty()
  @Trim()
  @MinLength(2)
  @MaxLength(200)
  @IsString()
  issuingCentre: string;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID()
  sessionId?: string | null;
}

export class AttestationResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: [1, 2] }) level: AfgsuLevel;
  @ApiProperty({ enum: ['initial', 'refresher', 'prior'] }) kind: AfgsuKind;
  @ApiProperty() issuingCentre: string;
  @ApiProperty({ format: 'date' }) issuedOn: string;
  @ApiProperty({ format: 'date', description: 'Last valid day' }) expiresOn: string;
  @ApiProperty() verified: boolean;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) sessionId: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) baseId: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Name of the scanned attestation, when there is one' }) documentName:
    string | null;
  @ApiProperty({ type: String, nullable: true }) documentType: string | null;
}

export class AfgsuStatusResponse {
  @ApiProperty({ enum: STATUSES, enumName: 'AfgsuStatusCode' }) status: AfgsuStatusCode;
  @ApiProperty({ example: 'Valide' }) label: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) expiresOn: string | null;
  @ApiProperty({ type: Number, nullable: true }) daysLeft: number | null;
  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'Earliest planned AFGSU session' }) plannedOn: string | null;
  @ApiProperty({ description: 'French sentence for people' }) explanation: string;
}

export class TraineeAfgsuResponse {
  @ApiProperty({ format: 'uuid' }) traineeId: string;
  @ApiProperty({ type: AfgsuStatusResponse }) status: AfgsuStatusResponse;
  @ApiProperty({ type: [AttestationResponse], description: 'Newest first' }) attestations: AttestationResponse[];
}

export class AfgsuDayQuery {
  @ApiPropertyOptional({ format: 'date', description: 'The day the status is computed for (Europe/Paris); today by default' })
  @IsOptional()
  @IsCalendarDate()
  date?: string;
}

export class AfgsuGateQuery {
  @ApiProperty({ format: 'date', description: 'The jury date' })
  @IsCalendarDate()
  date: string;
}

export class AfgsuGateResponse {
  @ApiProperty() valid: boolean;
  @ApiProperty() reason: string;
}

export { STATUSES as AFGSU_STATUSES };
