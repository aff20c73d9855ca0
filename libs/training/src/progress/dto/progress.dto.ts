import { ApiProperty } from '@nestjs/swagger';
import { BlockKind } from '@app/referential';

export class LedgerTotalsResponse {
  @ApiProperty() requiredMinutes: number;
  @ApiProperty() scheduledMinutes: number;
  @ApiProperty() attendedMinutes: number;
  @ApiProperty() excusedMinutes: number;
  @ApiProperty() missedMinutes: number;
  @ApiProperty() remainingMinutes: number;
  @ApiProperty({ description: 'Unjustified absences / recorded minutes (0–1)' }) absenceRate: number;
}

export class BlockProgressResponse extends LedgerTotalsResponse {
  @ApiProperty({ format: 'uuid' }) blockId: string;
  @ApiProperty() code: string;
  @ApiProperty() title: string;
  @ApiProperty({ enum: BlockKind, enumName: 'BlockKind' }) kind: BlockKind;
  @ApiProperty() overThreshold: boolean;
}

export class ProgressResponse {
  @ApiProperty({ format: 'uuid' }) traineeId: string;
  @ApiProperty() lastName: string;
  @ApiProperty() firstName: string;
  @ApiProperty({ format: 'uuid' }) cohortId: string;
  @ApiProperty() cohortName: string;
  @ApiProperty() absenceThresholdPercent: number;
  @ApiProperty({ type: [BlockProgressResponse] }) blocks: BlockProgressResponse[];
  @ApiProperty({ type: LedgerTotalsResponse }) totals: LedgerTotalsResponse;
  @ApiProperty({ description: "The trainee's own timetable as an iCal feed" }) icalUrl: string;
}

export class DashboardBlockResponse {
  @ApiProperty({ format: 'uuid' }) blockId: string;
  @ApiProperty() code: string;
  @ApiProperty() title: string;
  @ApiProperty({ enum: BlockKind, enumName: 'BlockKind' }) kind: BlockKind;
  @ApiProperty() plannedMinutes: number;
}

export class DashboardTraineeResponse {
  @ApiProperty({ format: 'uuid' }) traineeId: string;
  @ApiProperty() lastName: string;
  @ApiProperty() firstName: string;
  @ApiProperty({ type: [BlockProgressResponse] }) blocks: BlockProgressResponse[];
  @ApiProperty({ type: LedgerTotalsResponse }) totals: LedgerTotalsResponse;
}

export class CohortDashboardResponse {
  @ApiProperty({ format: 'uuid' }) cohortId: string;
  @ApiProperty() cohortName: string;
  @ApiProperty() absenceThresholdPercent: number;
  @ApiProperty({ type: [DashboardBlockResponse] }) blocks: DashboardBlockResponse[];
  @ApiProperty({ type: [DashboardTraineeResponse] }) trainees: DashboardTraineeResponse[];
}
