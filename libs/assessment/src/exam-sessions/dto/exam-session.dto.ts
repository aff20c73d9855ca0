import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsIn, IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';
import { IsCalendarDate, PageQuery, Trim } from '@app/platform';
import { AssessmentResponse } from '../../assessments/dto/assessment.dto';

export class CreateExamSessionRequest {
  @ApiProperty({ format: 'uuid' }) @IsUUID() versionId: string;

  @ApiProperty({ example: 'Session d’examen de juin' })
  @Trim()
  @MinLength(2)
  @MaxLength(150)
  @IsString()
  name: string;

  @ApiProperty({ format: 'date' }) @IsCalendarDate() date: string;

  @ApiProperty({ example: '09:00', description: 'Europe/Paris' })
  @Matches(/^([01]\d|2[0-3]):[0-5]\d$/)
  @IsString()
  startTime: string;

  @ApiProperty({ example: 'Lyon – salle 2' })
  @Trim()
  @MinLength(2)
  @MaxLength(200)
  @IsString()
  place: string;

  @ApiProperty({ type: [String], format: 'uuid', description: 'The épreuves sitting in this session' })
  @IsUUID('all', { each: true })
  @ArrayUnique()
  @ArrayMinSize(1)
  @ArrayMaxSize(40)
  @IsArray()
  assessmentIds: string[];
}

export class ExamSessionQuery extends PageQuery {
  @ApiProperty({ enum: ['upcoming', 'past', 'all'], required: false, default: 'all' })
  @IsIn(['upcoming', 'past', 'all'])
  when: 'upcoming' | 'past' | 'all' = 'all';
}

export class ConveneRequest {
  @ApiProperty({ format: 'uuid', description: 'The block the trainees sit' }) @IsUUID() blockId: string;

  @ApiProperty({ type: [String], format: 'uuid' })
  @IsUUID('all', { each: true })
  @ArrayUnique()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @IsArray()
  traineeIds: string[];
}

export class ConvenedResponse {
  @ApiProperty({ format: 'uuid' }) attemptId: string;
  @ApiProperty({ format: 'uuid' }) traineeId: string;
  @ApiProperty() traineeName: string;
  @ApiProperty({ format: 'uuid' }) blockId: string;
  @ApiProperty({ example: 'BC02' }) blockCode: string;
  @ApiProperty({ description: 'Attempt number at the block: 1, then retakes' }) number: number;
  @ApiProperty({ type: Date, nullable: true }) convenedAt: Date | null;
}

export class ExamSessionResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) versionId: string;
  @ApiProperty() name: string;
  @ApiProperty({ format: 'date' }) date: string;
  @ApiProperty() startTime: string;
  @ApiProperty() place: string;
  @ApiProperty() convenedCount: number;
}

export class ExamSessionDetailResponse extends ExamSessionResponse {
  @ApiProperty({ type: [AssessmentResponse] }) assessments: AssessmentResponse[];
  @ApiProperty({ type: [ConvenedResponse] }) convened: ConvenedResponse[];
}
