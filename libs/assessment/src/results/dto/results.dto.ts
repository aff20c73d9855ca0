import { ApiProperty } from '@nestjs/swagger';
import { DecisionResponse } from '../../juries/dto/jury.dto';
import type { AttemptStatus } from '../../rules/assessment';

export class AttemptLineResponse {
  @ApiProperty({ format: 'uuid', description: 'For the convocation (PDF)' }) attemptId: string;
  @ApiProperty() number: number;
  @ApiProperty({ format: 'date' }) sessionDate: string;
  @ApiProperty() sessionName: string;
  @ApiProperty({ enum: ['passed', 'failed', 'incomplete'] }) result: AttemptStatus;
  @ApiProperty({ type: Number, nullable: true }) average: number | null;
  @ApiProperty() explanation: string;
}

export class BlockResultResponse {
  @ApiProperty({ format: 'uuid' }) blockId: string;
  @ApiProperty() blockCode: string;
  @ApiProperty() blockTitle: string;
  @ApiProperty({ type: [AttemptLineResponse] }) attempts: AttemptLineResponse[];
  @ApiProperty({ type: DecisionResponse, nullable: true }) decision: DecisionResponse | null;
  @ApiProperty({ description: 'Retakes left and by when (French)' }) retake: string;
  @ApiProperty() canRetake: boolean;
  @ApiProperty({ type: String, format: 'date', nullable: true }) retakeDeadline: string | null;
}

export class TraineeResultsResponse {
  @ApiProperty({ format: 'uuid' }) traineeId: string;
  @ApiProperty({ type: [BlockResultResponse] }) blocks: BlockResultResponse[];
}
