import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { IsCalendarDate, PageQuery, Trim } from '@app/platform';
import type { AttemptStatus, BlockOutcome } from '../../rules/assessment';
import type { ReadinessKey } from '../../rules/readiness.rules';

const OUTCOMES: BlockOutcome[] = ['validated', 'not_validated'];

export class CreateJurySessionRequest {
  @ApiProperty({ format: 'uuid' }) @IsUUID() versionId: string;
  @ApiProperty({ format: 'date' }) @IsCalendarDate() date: string;

  @ApiProperty({ example: 'Dr Hélène Martin' })
  @Trim()
  @MinLength(2)
  @MaxLength(150)
  @IsString()
  president: string;

  @ApiProperty({ type: [String], example: ['Claire Dubois', 'Dr Paul Girard'] })
  @Transform(({ value }: { value: unknown }) => (Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? v.trim() : v)) : value))
  @MinLength(2, { each: true })
  @MaxLength(150, { each: true })
  @IsString({ each: true })
  @ArrayMaxSize(12)
  @IsArray()
  members: string[];
}

export class JurySessionResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) versionId: string;
  @ApiProperty({ format: 'date' }) date: string;
  @ApiProperty() president: string;
  @ApiProperty({ type: [String] }) members: string[];
  @ApiProperty() decisionCount: number;
}

export class JuryBoardQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'Every trainee of this cohort; without it, the trainees with an attempt' })
  @IsOptional()
  @IsUUID()
  cohortId?: string;
}

export class JurySessionQuery extends PageQuery {}

export class DecideRequest {
  @ApiProperty({ format: 'uuid' }) @IsUUID() traineeId: string;
  @ApiProperty({ format: 'uuid' }) @IsUUID() blockId: string;

  @ApiProperty({ enum: OUTCOMES, enumName: 'BlockOutcome' })
  @IsIn(OUTCOMES)
  outcome: BlockOutcome;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'Needed when the jury departs from the proposal' })
  @IsOptional()
  @Trim()
  @MaxLength(2000)
  @IsString()
  comment?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'Needed to correct a decision already recorded on the attempt' })
  @IsOptional()
  @Trim()
  @MaxLength(2000)
  @IsString()
  correctionReason?: string | null;
}

export class DecisionResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: OUTCOMES, enumName: 'BlockOutcome' }) outcome: BlockOutcome;
  @ApiProperty({ enum: OUTCOMES, nullable: true }) proposal: BlockOutcome | null;
  @ApiProperty() attemptNumber: number;
  @ApiProperty({ format: 'date', description: 'The jury date' }) decidedOn: string;
  @ApiProperty({ type: String, nullable: true }) comment: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) supersedesId: string | null;
  @ApiProperty({ type: String, nullable: true }) correctionReason: string | null;
}

export class BlockLineResponse {
  @ApiProperty({ format: 'uuid' }) blockId: string;
  @ApiProperty() blockCode: string;
  @ApiProperty({ type: Number, nullable: true }) latestAttempt: number | null;
  @ApiProperty({ enum: ['passed', 'failed', 'incomplete'], nullable: true }) latestResult: AttemptStatus | null;
  @ApiProperty({ enum: OUTCOMES, nullable: true }) proposal: BlockOutcome | null;
  @ApiProperty() proposalReason: string;
  @ApiProperty({ type: DecisionResponse, nullable: true, description: 'The decision in force' }) decision: DecisionResponse | null;
  @ApiProperty({ type: [DecisionResponse], description: 'Every decision, oldest first (corrections included)' })
  history: DecisionResponse[];
}

export class CertificationReadinessItemResponse {
  @ApiProperty({ enum: ['blocks', 'afgsu', 'hours', 'tutorEvaluations', 'file'] }) key: ReadinessKey;
  @ApiProperty() ok: boolean;
  @ApiProperty() label: string;
  @ApiProperty() detail: string;
}

export class CertificationReadinessResponse {
  @ApiProperty() ready: boolean;
  @ApiProperty() summary: string;
  @ApiProperty({ type: [CertificationReadinessItemResponse] }) items: CertificationReadinessItemResponse[];
}

export class JuryLineResponse {
  @ApiProperty({ format: 'uuid' }) traineeId: string;
  @ApiProperty() traineeName: string;
  @ApiProperty() cohortName: string;
  @ApiProperty({ type: [BlockLineResponse] }) blocks: BlockLineResponse[];
  @ApiProperty({ type: CertificationReadinessResponse, description: 'Certification readiness on the jury date' })
  readiness: CertificationReadinessResponse;
  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'Date of the jury that awarded the CQP' }) certifiedOn:
    string | null;
}

export class CertifyRequest {
  @ApiProperty({ format: 'uuid' }) @IsUUID() traineeId: string;
}

export class JuryBoardResponse extends JurySessionResponse {
  @ApiProperty({ type: [JuryLineResponse] }) lines: JuryLineResponse[];
}
