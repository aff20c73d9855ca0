import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsOptional, IsString, MaxLength } from 'class-validator';
import { IsCalendarDate } from '@app/platform';
import {
  COMPETENCY_COMMENT_MAX_LENGTH,
  COMPETENCY_LEVELS,
  CompetencyLevel,
  OVERALL_COMMENT_MAX_LENGTH,
} from '../../rules/evaluation.rules';
import type { EvaluationState } from '../../rules/evaluation-state.rules';
import { MAX_EVALUATIONS_PER_PLACEMENT } from '../../rules/evaluation-schedule.rules';
import { IsCommentMap, IsLevelMap } from './evaluation-answers.validators';

const STATES: EvaluationState[] = ['not_due', 'due', 'late', 'draft', 'submitted', 'reopened'];

/** The tutor's answers (a draft, or what is submitted). */
export class EvaluationAnswersRequest {
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string', enum: [...COMPETENCY_LEVELS], nullable: true },
    description: 'Level per competency code (null: none yet)',
  })
  @IsLevelMap()
  levels: Record<string, CompetencyLevel | null>;

  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string', nullable: true, maxLength: COMPETENCY_COMMENT_MAX_LENGTH },
    description: 'Optional comment per competency code',
  })
  @IsCommentMap(COMPETENCY_COMMENT_MAX_LENGTH)
  comments: Record<string, string | null>;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: OVERALL_COMMENT_MAX_LENGTH })
  @IsOptional()
  @MaxLength(OVERALL_COMMENT_MAX_LENGTH)
  @IsString()
  overallComment?: string | null;
}

export class EvaluationDatesRequest {
  @ApiProperty({ type: [String], format: 'date', description: 'The due dates (within the placement, distinct)' })
  @IsCalendarDate({ each: true })
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_EVALUATIONS_PER_PLACEMENT)
  @IsArray()
  dates: string[];
}

export class CompetencyAnswerResponse {
  @ApiProperty({ description: 'Competency code (the key of levels and comments)' }) code: string;
  @ApiProperty() label: string;
  @ApiProperty({ enum: COMPETENCY_LEVELS, enumName: 'CompetencyLevel', nullable: true }) level: CompetencyLevel | null;
  @ApiProperty({ type: String, nullable: true }) comment: string | null;
}

export class EvaluationBlockResponse {
  @ApiProperty({ format: 'uuid' }) blockId: string;
  @ApiProperty() code: string;
  @ApiProperty() title: string;
  @ApiProperty({ type: [CompetencyAnswerResponse] }) competencies: CompetencyAnswerResponse[];
}

export class EvaluationLinkResponse {
  @ApiProperty() recipientName: string;
  @ApiProperty() recipientEmail: string;
  @ApiProperty() sentAt: Date;
  @ApiProperty() expiresAt: Date;
  @ApiProperty({ type: Date, nullable: true }) usedAt: Date | null;
  @ApiProperty({ type: Date, nullable: true, description: 'When a newer link made it stop working' }) replacedAt: Date | null;
}

export class EvaluationSummaryResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) placementId: string;
  @ApiProperty({ format: 'date' }) dueOn: string;
  @ApiProperty({ format: 'date', description: 'First day the evaluation is late when not submitted' }) lateOn: string;
  @ApiProperty({ enum: STATES, enumName: 'EvaluationState' }) state: EvaluationState;
  @ApiProperty({ type: Date, nullable: true }) draftSavedAt: Date | null;
  @ApiProperty({ type: Date, nullable: true }) submittedAt: Date | null;
  @ApiProperty({ type: Date, nullable: true }) reopenedAt: Date | null;
  @ApiProperty({ type: String, nullable: true }) reopenReason: string | null;
  @ApiProperty() updatedAt: Date;
}

export class PlacementEvaluationResponse extends EvaluationSummaryResponse {
  @ApiProperty({ description: 'Competencies with a level' }) rated: number;
  @ApiProperty({ description: 'Competencies of the form' }) competencyCount: number;
  @ApiProperty({ type: EvaluationLinkResponse, nullable: true, description: 'The last link sent to the tutor' })
  lastLink: EvaluationLinkResponse | null;
}

export class TutorEvaluationListItem extends EvaluationSummaryResponse {
  @ApiProperty() traineeName: string;
  @ApiProperty() hostSiteName: string;
  @ApiProperty({ format: 'date' }) startOn: string;
  @ApiProperty({ format: 'date' }) endOn: string;
}

/** The whole grid of one evaluation, as the tutor fills it (and staff read it). */
export class EvaluationFormResponse extends TutorEvaluationListItem {
  @ApiProperty() tutorName: string;
  @ApiProperty({ description: 'True when it cannot be changed (submitted; always for staff)' }) readOnly: boolean;
  @ApiProperty({ type: [EvaluationBlockResponse] }) blocks: EvaluationBlockResponse[];
  @ApiProperty({ type: String, nullable: true }) overallComment: string | null;
  @ApiProperty({ description: 'Whether the tutor has activated an account' }) tutorHasAccount: boolean;
}

export class TutorAccountResponse {
  @ApiProperty() email: string;
  @ApiProperty({ description: 'An invitation e-mail to choose a password was sent' }) invited: boolean;
}
