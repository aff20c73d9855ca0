import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';
import { Trim } from '@app/platform';
import { BlockKind } from '@app/referential';

export class AddExemptionRequest {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  blockId: string;

  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'A module of the block, or none for the block as a whole',
  })
  @IsOptional()
  @IsUUID()
  moduleId?: string | null;

  @ApiProperty({ description: 'Minutes exempted', example: 420 })
  @Min(1)
  @Max(100_000)
  @IsInt()
  minutes: number;

  @ApiProperty({ example: 'Titulaire du DEI : module déjà acquis' })
  @Trim()
  @MinLength(3)
  @MaxLength(1000)
  @IsString()
  justification: string;
}

export class PlanModuleResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() code: string;
  @ApiProperty() title: string;
  @ApiProperty() plannedMinutes: number;
  @ApiProperty() exemptedMinutes: number;
}

export class PlanBlockResponse {
  @ApiProperty({ format: 'uuid' }) blockId: string;
  @ApiProperty() code: string;
  @ApiProperty() title: string;
  @ApiProperty({ enum: BlockKind, enumName: 'BlockKind' }) kind: BlockKind;
  @ApiProperty() plannedMinutes: number;
  @ApiProperty() exemptedMinutes: number;
  @ApiProperty() requiredMinutes: number;
  @ApiProperty({ type: [PlanModuleResponse] }) modules: PlanModuleResponse[];
}

export class ExemptionResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) blockId: string;
  @ApiProperty() blockCode: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) moduleId: string | null;
  @ApiProperty({ type: String, nullable: true }) moduleTitle: string | null;
  @ApiProperty() minutes: number;
  @ApiProperty() justification: string;
  @ApiProperty() createdAt: Date;
}

export class PlanResponse {
  @ApiProperty({ format: 'uuid' }) traineeId: string;
  @ApiProperty() versionCode: string;
  @ApiProperty() plannedMinutes: number;
  @ApiProperty() requiredMinutes: number;
  @ApiProperty({ type: [PlanBlockResponse] }) blocks: PlanBlockResponse[];
  @ApiProperty({ type: [ExemptionResponse] }) exemptions: ExemptionResponse[];
}
