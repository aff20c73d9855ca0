import { Module } from '@nestjs/common';
import { ReferentialModule } from '@app/referential';
import { TrainingModule } from '@app/training';
import { DataExportController } from './export/data-export.controller';
import { DataExportRepository } from './export/data-export.repository';
import { DataExportService } from './export/data-export.service';
import { RetentionRepository } from './retention/retention.repository';
import { RetentionService } from './retention/retention.service';

/** Records and personal data (RGPD): a trainee's data export, and the retention run that purges what is past its period. */
@Module({
  imports: [ReferentialModule, TrainingModule],
  controllers: [DataExportController],
  providers: [DataExportRepository, DataExportService, RetentionRepository, RetentionService],
  exports: [RetentionService],
})
export class RecordsModule {}
