import { EachNested } from '@app/platform';
import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsDefined, IsUUID } from 'class-validator';
import { AssessmentResponse } from '../../assessments/dto/assessment.dto';

export class MarkInput {
  @ApiProperty({ format: 'uuid' }) @IsUUID() attemptId: string;
  @ApiProperty({ format: 'uuid' }) @IsUUID() assessmentId: string;

  @ApiProperty({
    oneOf: [{ type: 'number' }, { type: 'string', enum: ['absent'] }],
    nullable: true,
    description: 'A number from 0 to the épreuve’s maximum (2 decimals at most), « absent », or null to clear',
  })
  @IsDefined()
  mark: number | 'absent' | null;
}

export class SaveMarksRequest {
  @ApiProperty({ type: [MarkInput] })
  @EachNested(() => MarkInput)
  @ArrayMinSize(1)
  @ArrayMaxSize(2000)
  @IsArray()
  marks: MarkInput[];
}

export class AttemptResultResponse {
  @ApiProperty({ enum: ['passed', 'failed', 'incomplete'] }) status: 'passed' | 'failed' | 'incomplete';
  @ApiProperty({ type: Number, nullable: true, description: 'Weighted average on 20' }) average: number | null;
  @ApiProperty() explanation: string;
}

export class MarkCellResponse {
  @ApiProperty({ format: 'uuid' }) assessmentId: string;
  @ApiProperty({ oneOf: [{ type: 'number' }, { type: 'string', enum: ['absent'] }], nullable: true }) mark: number | 'absent' | null;
}

export class TutorLevelCountsResponse {
  @ApiProperty() not_acquired: number;
  @ApiProperty() in_progress: number;
  @ApiProperty() acquired: number;
  @ApiProperty() mastered: number;
  @ApiProperty({ description: 'Competencies of the block without a level' }) unrated: number;
}

export class TutorEvaluationSummaryResponse {
  @ApiProperty({ format: 'uuid' }) evaluationId: string;
  @ApiProperty() submittedAt: Date;
  @ApiProperty() tutorName: string;
  @ApiProperty() hostSiteName: string;
  @ApiProperty({ type: TutorLevelCountsResponse, description: 'Competencies of the block per level' }) counts: TutorLevelCountsResponse;
}

export class MarksRowResponse {
  @ApiProperty({ format: 'uuid' }) attemptId: string;
  @ApiProperty({ format: 'uuid' }) traineeId: string;
  @ApiProperty() traineeName: string;
  @ApiProperty() number: number;
  @ApiProperty({ type: [MarkCellResponse] }) marks: MarkCellResponse[];
  @ApiProperty({ type: AttemptResultResponse }) result: AttemptResultResponse;
  @ApiProperty({
    type: TutorEvaluationSummaryResponse,
    nullable: true,
    description: 'With a tutor-evaluation épreuve: the latest submitted tutor evaluation of the block',
  })
  tutorEvaluation: TutorEvaluationSummaryResponse | null;
}

export class MarksGridResponse {
  @ApiProperty({ format: 'uuid' }) examSessionId: string;
  @ApiProperty({ format: 'uuid' }) blockId: string;
  @ApiProperty() blockCode: string;
  @ApiProperty({ type: [AssessmentResponse], description: 'The columns: épreuves of the block sitting in the session' })
  assessments: AssessmentResponse[];
  @ApiProperty({ type: [MarksRowResponse], description: 'One line per trainee convened for the block' }) rows: MarksRowResponse[];
}
