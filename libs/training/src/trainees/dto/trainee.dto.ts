import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { IsCalendarDate, IsEmailAddress, PageQuery, Trim, TrimLower } from '@app/platform';
import { Trainee, TraineeStatus } from '../trainee.entity';

export class AddTraineeRequest {
  @ApiProperty({ example: 'Moreau' })
  @Trim()
  @MinLength(1)
  @MaxLength(99)
  @IsString()
  lastName: string;

  @ApiProperty({ example: 'Léa' })
  @Trim()
  @MinLength(1)
  @MaxLength(99)
  @IsString()
  firstName: string;

  @ApiProperty({ example: 'lea.moreau@example.fr' })
  @TrimLower()
  @MaxLength(254)
  @IsEmailAddress()
  email: string;

  @ApiPropertyOptional({ format: 'date', description: 'First day in the cohort (rolling entry); the cohort start by default' })
  @IsOptional()
  @IsCalendarDate()
  joinedOn?: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: '06 12 34 56 78' })
  @IsOptional()
  @Trim()
  @Matches(/^\+?[0-9 .-]{6,19}$/)
  @IsString()
  phone?: string | null;
}

export class TraineeQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ['lastName', 'createdAt'] })
  @IsOptional()
  @IsIn(['lastName', 'createdAt'])
  sort: 'lastName' | 'createdAt' = 'lastName';

  @ApiPropertyOptional({ description: 'Part of the name or e-mail' })
  @IsOptional()
  @MaxLength(100)
  @IsString()
  q?: string;

  @ApiPropertyOptional({ enum: TraineeStatus, enumName: 'TraineeStatus' })
  @IsOptional()
  @IsIn(Object.values(TraineeStatus))
  status?: TraineeStatus;
}

export class TraineeResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) cohortId: string;
  @ApiProperty({ format: 'uuid' }) accountId: string;
  @ApiProperty() lastName: string;
  @ApiProperty() firstName: string;
  @ApiProperty() email: string;
  @ApiProperty({ type: String, nullable: true }) phone: string | null;
  @ApiProperty({ enum: TraineeStatus, enumName: 'TraineeStatus' }) status: TraineeStatus;
  @ApiProperty({ format: 'date' }) joinedOn: string;
  @ApiProperty() createdAt: Date;

  static from(t: Trainee): TraineeResponse {
    const { id, cohortId, accountId, lastName, firstName, email, phone, status, joinedOn, createdAt } = t;
    return { id, cohortId, accountId, lastName, firstName, email, phone, status, joinedOn, createdAt };
  }
}

export class ImportErrorResponse {
  @ApiProperty({ description: 'Line of the file (1 = header)' }) line: number;
  @ApiPropertyOptional() field?: string;
  @ApiProperty() message: string;
}

export class ImportReportResponse {
  @ApiProperty({ description: 'Trainees created (0 when the file has errors: nothing is imported then)' }) imported: number;
  @ApiProperty({ type: [ImportErrorResponse] }) errors: ImportErrorResponse[];
}
