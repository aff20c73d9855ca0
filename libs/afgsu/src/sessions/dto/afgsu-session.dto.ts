import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { EachNested, IsCalendarDate, PageQuery, Trim } from '@app/platform';
import type { AfgsuAttendance } from '../afgsu-participant.entity';
import type { AfgsuSessionKind } from '../../rules/afgsu-session.rules';

export class SessionDayInput {
  @ApiProperty({ format: 'date' })
  @IsCalendarDate()
  date: string;

  @ApiProperty({ example: '09:00' })
  @IsString()
  startTime: string;

  @ApiProperty({ example: '17:00' })
  @IsString()
  endTime: string;
}

export class CreateAfgsuSessionRequest {
  @ApiProperty({ enum: ['initial', 'refresher'], description: 'initial: full 14 h course; refresher: 7 h réactualisation' })
  @IsIn(['initial', 'refresher'])
  kind: AfgsuSessionKind;

  @ApiProperty({ example: 'CESU 69 – Hospices civils de Lyon' })
  @Trim()
  @MinLength(2)
  @MaxLength(200)
  @IsString()
  cesuName: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @Trim()
  @MaxLength(200)
  @IsString()
  trainerName?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @Trim()
  @MaxLength(200)
  @IsString()
  place?: string | null;

  @ApiProperty({ minimum: 1, maximum: 30, example: 12 })
  @Min(1)
  @Max(30)
  @IsInt()
  capacity: number;

  @ApiProperty({ type: [SessionDayInput] })
  @EachNested(() => SessionDayInput)
  @ArrayMinSize(1)
  @ArrayMaxSize(5)
  @IsArray()
  days: SessionDayInput[];
}

export class AfgsuSessionQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ['upcoming', 'past', 'all'], default: 'upcoming' })
  @IsOptional()
  @IsIn(['upcoming', 'past', 'all'])
  when: 'upcoming' | 'past' | 'all' = 'upcoming';
}

export class AfgsuSessionResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ['initial', 'refresher'] }) kind: AfgsuSessionKind;
  @ApiProperty() cesuName: string;
  @ApiProperty({ type: String, nullable: true }) trainerName: string | null;
  @ApiProperty({ type: String, nullable: true }) place: string | null;
  @ApiProperty() capacity: number;
  @ApiProperty({ type: [SessionDayInput] }) days: SessionDayInput[];
  @ApiProperty({ format: 'date' }) startsOn: string;
  @ApiProperty({ format: 'date' }) endsOn: string;
  @ApiProperty() participantCount: number;
  @ApiProperty({ type: [String], description: 'French warnings: hours other than 14 h (7 h), group outside 10–12' }) warnings: string[];
}

export class ParticipantResponse {
  @ApiProperty({ format: 'uuid' }) traineeId: string;
  @ApiProperty() lastName: string;
  @ApiProperty() firstName: string;
  @ApiProperty() cohortName: string;
  @ApiProperty({ enum: ['enrolled', 'present', 'absent'] }) attendance: AfgsuAttendance;
  @ApiProperty({ description: 'An attestation from this session is recorded' }) attested: boolean;
}

export class AfgsuSessionDetailResponse extends AfgsuSessionResponse {
  @ApiProperty({ type: [ParticipantResponse] }) participants: ParticipantResponse[];
}

export class EnrolParticipantRequest {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  traineeId: string;
}

export class ParticipantAttendanceRequest {
  @ApiProperty({ enum: ['enrolled', 'present', 'absent'] })
  @IsIn(['enrolled', 'present', 'absent'])
  attendance: AfgsuAttendance;
}

export class IssueAttestationsRequest {
  @ApiProperty({ format: 'date', description: 'Issue date printed by the CESU (the refresher date for a réactualisation)' })
  @IsCalendarDate()
  issuedOn: string;

  @ApiProperty({ enum: [1, 2], default: 1 })
  @IsIn([1, 2])
  level: 1 | 2 = 1;
}

export class IssueAttestationsResponse {
  @ApiProperty({ description: 'Attestations recorded now' }) recorded: number;
  @ApiProperty({ type: [String], description: 'Why some present participants got none (French, one line each)' }) refused: string[];
  @ApiProperty({ type: () => AfgsuSessionDetailResponse }) session: AfgsuSessionDetailResponse;
}
