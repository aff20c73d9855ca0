import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsString, Matches, Max, MaxLength, Min, MinLength, ValidateIf } from 'class-validator';
import { EachNested, IsDecimal, Trim } from '@app/platform';
import { Diploma, DIPLOMAS } from '../exemptions/diplomas';
import { ExemptionDefault } from '../exemptions/exemption-defaults';
import { ExemptionTableView } from '../exemptions/exemption-table.service';

export class ExemptionDefaultLine implements ExemptionDefault {
  @ApiProperty({ enum: DIPLOMAS, enumName: 'Diploma' })
  @IsIn(DIPLOMAS)
  diploma: Diploma;

  @ApiProperty({ example: 'BC01' })
  @Matches(/^[A-Z0-9]{2,10}$/)
  @IsString()
  blockCode: string;

  @ApiProperty({ type: String, nullable: true, example: 'BC01-M1', description: 'null: the whole block' })
  @ValidateIf((o: ExemptionDefaultLine) => o.moduleCode !== null)
  @Matches(/^[A-Z0-9-]{2,12}$/)
  @IsString()
  moduleCode: string | null;

  @ApiProperty({ minimum: 0.01, maximum: 1, description: 'Share of the module or block exempted (1 = all of it)' })
  @Min(0.01)
  @Max(1)
  @IsDecimal(2)
  share: number;

  @ApiProperty({ description: 'Completes the justification: « Titulaire du DEAS : <reason> »' })
  @Trim()
  @MinLength(3)
  @MaxLength(300)
  @IsString()
  reason: string;
}

export class ExemptionTableResponse implements ExemptionTableView {
  @ApiProperty({ enum: ['referential', 'school'] }) source: 'referential' | 'school';
  @ApiProperty({ type: [ExemptionDefaultLine], description: 'The table in force for the school' }) rows: ExemptionDefaultLine[];
  @ApiProperty({ type: [ExemptionDefaultLine], description: "The referential's table" }) referentialRows: ExemptionDefaultLine[];
}

export class ReplaceExemptionTableRequest {
  @ApiProperty({ type: [ExemptionDefaultLine] })
  @EachNested(() => ExemptionDefaultLine)
  @ArrayMaxSize(200)
  @IsArray()
  rows: ExemptionDefaultLine[];

  @ApiProperty({ description: 'Why the school departs from the referential (kept in the audit trail)' })
  @Trim()
  @MinLength(3)
  @MaxLength(500)
  @IsString()
  reason: string;
}
