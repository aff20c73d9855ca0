import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';
import { IsDecimal, Trim } from '@app/platform';
import { EPREUVE_KINDS, EpreuveKind, ResultRule } from '../../rules/assessment';
import { RESULT_RULES } from '../../rules/attempt.rules';

export class CreateAssessmentRequest {
  @ApiProperty({ format: 'uuid' }) @IsUUID() versionId: string;
  @ApiProperty({ format: 'uuid' }) @IsUUID() blockId: string;

  @ApiProperty({ enum: EPREUVE_KINDS, enumName: 'EpreuveKind' })
  @IsIn(EPREUVE_KINDS)
  kind: EpreuveKind;

  @ApiProperty({ example: 'Mise en situation professionnelle' })
  @Trim()
  @MinLength(2)
  @MaxLength(150)
  @IsString()
  label: string;

  @ApiProperty({ example: 20, minimum: 1, maximum: 200 })
  @Min(1)
  @Max(200)
  @IsDecimal(2)
  maxMark: number;

  @ApiPropertyOptional({ description: 'On the épreuve’s own scale; default: the pass mark on 20 of the rules, scaled' })
  @IsOptional()
  @Min(0)
  @Max(200)
  @IsDecimal(2)
  passMark?: number;

  @ApiProperty({ example: 1, minimum: 0.01, maximum: 100 })
  @Min(0.01)
  @Max(100)
  @IsDecimal(2)
  weight: number;
}

export class UpdateAssessmentRequest {
  @ApiPropertyOptional() @IsOptional() @Trim() @MinLength(2) @MaxLength(150) @IsString() label?: string;
  @ApiPropertyOptional() @IsOptional() @Min(0) @Max(200) @IsDecimal(2) passMark?: number;
  @ApiPropertyOptional() @IsOptional() @Min(0.01) @Max(100) @IsDecimal(2) weight?: number;
}

export class ResultRuleRequest {
  @ApiProperty({ enum: RESULT_RULES, enumName: 'ResultRule' })
  @IsIn(RESULT_RULES)
  rule: ResultRule;

  @ApiProperty({ description: 'Why (kept in the audit trail)' })
  @Trim()
  @MinLength(3)
  @MaxLength(500)
  @IsString()
  reason: string;
}

export class AssessmentResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) blockId: string;
  @ApiProperty({ enum: EPREUVE_KINDS, enumName: 'EpreuveKind' }) kind: EpreuveKind;
  @ApiProperty() label: string;
  @ApiProperty() maxMark: number;
  @ApiProperty() passMark: number;
  @ApiProperty() weight: number;
  @ApiProperty() active: boolean;
}

export class BlockAssessmentsResponse {
  @ApiProperty({ format: 'uuid' }) blockId: string;
  @ApiProperty({ example: 'BC02' }) blockCode: string;
  @ApiProperty() blockTitle: string;
  @ApiProperty({ enum: RESULT_RULES, enumName: 'ResultRule' }) rule: ResultRule;
  @ApiProperty({ type: [AssessmentResponse] }) assessments: AssessmentResponse[];
}
