import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { IsCalendarDate, Trim } from '@app/platform';

export class RecordPriorValidationRequest {
  @ApiProperty({ format: 'uuid' }) @IsUUID() blockId: string;

  @ApiProperty({ enum: ['earlier', 'vae'], description: 'earlier: validated in an earlier path; vae: by VAE' })
  @IsIn(['earlier', 'vae'])
  source: 'earlier' | 'vae';

  @ApiProperty({ format: 'date' }) @IsCalendarDate() validatedOn: string;

  @ApiProperty({ example: 'Jury du 12/06/2025, Institut Santé Avenir', description: 'Which jury or VAE decision' })
  @Trim()
  @MinLength(3)
  @MaxLength(300)
  @IsString()
  reference: string;
}

export class PriorValidationResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) blockId: string;
  @ApiProperty() blockCode: string;
  @ApiProperty({ enum: ['earlier', 'vae'] }) source: 'earlier' | 'vae';
  @ApiProperty({ format: 'date' }) validatedOn: string;
  @ApiProperty() reference: string;
}
