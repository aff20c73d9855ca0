import { Module } from '@nestjs/common';
import { ExemptionTableService } from './exemptions/exemption-table.service';
import { ReferentialController } from './referential.controller';
import { RuleSettingsService } from './settings/rule-settings.service';
import { ReferentialService } from './versions/referential.service';

/** Certification versions, blocks, modules, hours and rule settings (with school overrides). */
@Module({
  controllers: [ReferentialController],
  providers: [ReferentialService, RuleSettingsService, ExemptionTableService],
  exports: [ReferentialService, RuleSettingsService, ExemptionTableService],
})
export class ReferentialModule {}
