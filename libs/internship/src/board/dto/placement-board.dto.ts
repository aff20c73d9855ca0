import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';
import { IsCalendarDate } from '@app/platform';
import { VACCINE_KINDS, type VaccineKind } from '@app/training';
import type { PlacementType } from '../../placements/placement.entity';
import type { ConventionParty, ConventionStatus } from '../../rules/convention.rules';
import type { EvaluationState } from '../../rules/evaluation-state.rules';
import type { InternshipReminderKind } from '../../rules/internship-reminders.rules';

const CONVENTION_STATUSES: ConventionStatus[] = ['draft', 'sent', 'partly_signed', 'signed'];
const PARTIES: ConventionParty[] = ['school', 'host', 'trainee'];
const EVALUATION_STATES: EvaluationState[] = ['not_due', 'due', 'late', 'draft', 'submitted', 'reopened'];
const REMINDER_KINDS: InternshipReminderKind[] = ['convention_unsigned', 'placement_starts', 'evaluation_due', 'evaluation_late'];
const TYPES: PlacementType[] = ['stage', 'alternance'];

export class PlacementBoardQuery {
  @ApiPropertyOptional({ format: 'date', description: 'A day of the week to show (Europe/Paris); this week by default' })
  @IsOptional()
  @IsCalendarDate()
  week?: string;

  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() cohortId?: string;
}

/** Who the row is about. */
class BoardPlacementRef {
  @ApiProperty({ format: 'uuid' }) placementId: string;
  @ApiProperty({ format: 'uuid' }) traineeId: string;
  @ApiProperty() traineeName: string;
  @ApiProperty() hostSiteName: string;
  @ApiProperty() tutorName: string;
}

export class BoardPlacementResponse extends BoardPlacementRef {
  @ApiProperty() cohortName: string;
  @ApiProperty({ format: 'uuid' }) hostSiteId: string;
  @ApiProperty({ type: String, nullable: true }) tutorPhone: string | null;
  @ApiProperty({ enum: TYPES, enumName: 'PlacementType' }) type: PlacementType;
  @ApiProperty({ format: 'date' }) startOn: string;
  @ApiProperty({ format: 'date' }) endOn: string;
  @ApiProperty({ description: 'A version of the convention is signed by all parties (the placement may start)' }) conventionSigned: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) startedAt: Date | null;
}

export class BoardTraineeResponse {
  @ApiProperty({ format: 'uuid' }) traineeId: string;
  @ApiProperty() traineeName: string;
  @ApiProperty({ format: 'uuid' }) cohortId: string;
  @ApiProperty() cohortName: string;
}

export class BoardConventionResponse extends BoardPlacementRef {
  @ApiProperty({ format: 'date' }) startOn: string;
  @ApiProperty({ enum: CONVENTION_STATUSES, enumName: 'ConventionStatus', nullable: true, description: 'Latest version; null: none yet' })
  status: ConventionStatus | null;
  @ApiProperty({ type: Number, nullable: true }) version: number | null;
  @ApiProperty({ enum: PARTIES, enumName: 'ConventionParty', isArray: true }) awaiting: ConventionParty[];
  @ApiProperty({ description: 'Days from today to the start (negative: started)' }) startsInDays: number;
  @ApiProperty({ description: 'Cannot start for want of a signed convention, and starts within 7 days or has started' }) urgent: boolean;
}

export class BoardEvaluationResponse extends BoardPlacementRef {
  @ApiProperty({ format: 'uuid' }) evaluationId: string;
  @ApiProperty() tutorEmail: string;
  @ApiProperty({ format: 'date' }) dueOn: string;
  @ApiProperty({ format: 'date', description: 'First day it is late when not submitted' }) lateOn: string;
  @ApiProperty({ enum: EVALUATION_STATES, enumName: 'TutorEvaluationState' }) state: EvaluationState;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) submittedAt: Date | null;
}

export class BoardReminderResponse extends BoardPlacementRef {
  @ApiProperty({ enum: REMINDER_KINDS, enumName: 'InternshipReminderKind' }) kind: InternshipReminderKind;
  @ApiProperty({ format: 'date' }) dueOn: string;
  @ApiProperty({ description: 'Deduplication key of the reminder' }) key: string;
}

export class BoardVaccinationResponse extends BoardPlacementRef {
  @ApiProperty({ format: 'date' }) startOn: string;
  @ApiProperty({ format: 'date' }) endOn: string;
  @ApiProperty({
    enum: VACCINE_KINDS,
    enumName: 'VaccineKind',
    isArray: true,
    description: 'Required vaccinations not up to date on the first day (today once started)',
  })
  missing: VaccineKind[];
}

export class PlacementBoardResponse {
  @ApiProperty({ format: 'date' }) today: string;
  @ApiProperty({ format: 'date' }) monday: string;
  @ApiProperty({ format: 'date' }) sunday: string;
  @ApiProperty({ type: [BoardPlacementResponse], description: 'Placements running some day of the week' })
  present: BoardPlacementResponse[];
  @ApiProperty({ type: [BoardTraineeResponse], description: 'Active trainees of cohorts running that week with no placement from then on' })
  withoutPlacement: BoardTraineeResponse[];
  @ApiProperty({ type: [BoardConventionResponse], description: 'Conventions not signed of placements not ended, urgent first' })
  conventions: BoardConventionResponse[];
  @ApiProperty({ type: [BoardEvaluationResponse], description: 'Evaluations due, late, drafted or reopened, late first' })
  evaluationsToChase: BoardEvaluationResponse[];
  @ApiProperty({ type: [BoardEvaluationResponse], description: 'Evaluations submitted in the last 14 days' })
  evaluationsSubmitted: BoardEvaluationResponse[];
  @ApiProperty({ type: [BoardReminderResponse], description: 'Reminders due in the next 7 days' }) reminders: BoardReminderResponse[];
  @ApiProperty({
    type: [BoardVaccinationResponse],
    description: 'Stages not ended whose trainee’s required vaccinations are not up to date (a warning; each read is logged)',
  })
  vaccinations: BoardVaccinationResponse[];
}

export class PlacementCardEvaluation {
  @ApiProperty({ format: 'uuid' }) evaluationId: string;
  @ApiProperty({ format: 'date' }) dueOn: string;
  @ApiProperty({ enum: EVALUATION_STATES, enumName: 'TutorEvaluationState' }) state: EvaluationState;
}

export class PlacementCardResponse {
  @ApiProperty({ format: 'uuid' }) placementId: string;
  @ApiProperty({ enum: TYPES, enumName: 'PlacementType' }) type: PlacementType;
  @ApiProperty() hostSiteName: string;
  @ApiProperty() hostSiteAddress: string;
  @ApiProperty() tutorName: string;
  @ApiProperty() tutorEmail: string;
  @ApiProperty({ type: String, nullable: true }) tutorPhone: string | null;
  @ApiProperty({ format: 'date' }) startOn: string;
  @ApiProperty({ format: 'date' }) endOn: string;
  @ApiProperty() plannedHours: number;
  @ApiProperty({ enum: ['past', 'current', 'upcoming'] }) period: 'past' | 'current' | 'upcoming';
  @ApiProperty({ enum: CONVENTION_STATUSES, enumName: 'ConventionStatus', nullable: true, description: 'Latest version; null: none yet' })
  conventionStatus: ConventionStatus | null;
  @ApiProperty({ description: 'A version of the convention is signed by all parties' }) conventionSigned: boolean;
  @ApiProperty({ type: [PlacementCardEvaluation] }) evaluations: PlacementCardEvaluation[];
}
