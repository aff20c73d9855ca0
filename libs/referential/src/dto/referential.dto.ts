import { ApiProperty } from '@nestjs/swagger';
import { IsDefined, IsNumber, IsString, MaxLength, MinLength, ValidateIf } from 'class-validator';
import { Trim } from '@app/platform';
import { RULE_SETTING_KEYS } from '../settings/rule-settings';
import { SettingView } from '../settings/rule-settings.service';
import { CertificationVersion } from '../versions/certification-version.entity';
import { BlockKind, ReferentialBlock } from '../versions/referential-block.entity';
import { BlockModule } from '../versions/block-module.entity';

export class ModuleResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'BC02-M3' }) code: string;
  @ApiProperty() title: string;
  @ApiProperty() plannedMinutes: number;

  static from(m: BlockModule): ModuleResponse {
    return { id: m.id, code: m.code, title: m.title, plannedMinutes: m.plannedMinutes };
  }
}

export class BlockResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'BC01' }) code: string;
  @ApiProperty() title: string;
  @ApiProperty({ enum: BlockKind, enumName: 'BlockKind' }) kind: BlockKind;
  @ApiProperty() plannedMinutes: number;
  @ApiProperty({ type: [ModuleResponse] }) modules: ModuleResponse[];

  static from(b: ReferentialBlock): BlockResponse {
    return {
      id: b.id,
      code: b.code,
      title: b.title,
      kind: b.kind,
      plannedMinutes: b.plannedMinutes,
      modules: (b.modules ?? []).map(ModuleResponse.from),
    };
  }
}

export class VersionResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'RNCP40913' }) code: string;
  @ApiProperty() title: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) awardedUntil: string | null;
  @ApiProperty({ description: 'Sum of the blocks and the "other" line (279 h = 16,740 min)' }) totalMinutes: number;
  @ApiProperty({ type: [BlockResponse] }) blocks: BlockResponse[];

  static from(v: CertificationVersion): VersionResponse {
    const blocks = (v.blocks ?? []).map(BlockResponse.from);
    return {
      id: v.id,
      code: v.code,
      title: v.title,
      awardedUntil: v.awardedUntil,
      totalMinutes: blocks.reduce((s, b) => s + b.plannedMinutes, 0),
      blocks,
    };
  }
}

export class SettingResponse implements SettingView {
  @ApiProperty({ enum: RULE_SETTING_KEYS, enumName: 'RuleSettingKey' }) key: SettingView['key'];
  @ApiProperty() label: string;
  @ApiProperty({ type: Number, nullable: true }) value: number | null;
  @ApiProperty({ type: Number, nullable: true }) referentialValue: number | null;
  @ApiProperty({ enum: ['referential', 'school'] }) source: SettingView['source'];
  @ApiProperty() configurable: boolean;
  @ApiProperty() integer: boolean;
  @ApiProperty() nullable: boolean;
  @ApiProperty() min: number;
  @ApiProperty() max: number;
}

export class OverrideSettingRequest {
  @ApiProperty({ type: Number, nullable: true, description: 'New value for this school (null only where the setting allows "none")' })
  @IsDefined()
  @ValidateIf((o: OverrideSettingRequest) => o.value !== null)
  @IsNumber()
  value: number | null;

  @ApiProperty({ description: 'Why the school departs from the referential (kept in the audit trail)' })
  @Trim()
  @MinLength(3)
  @MaxLength(500)
  @IsString()
  reason: string;
}
