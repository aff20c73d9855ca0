import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig, PlatformModule, PlatformWorkerModule } from '@app/platform';
import { AssessmentModule } from '@app/assessment';
import { RecordsModule } from '@app/records';
import { RemindersModule } from '@app/reminders';

/** The worker process: the platform plus every capability's job services. */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [PlatformModule.forRoot(config), PlatformWorkerModule, AssessmentModule, RemindersModule, RecordsModule],
    };
  }
}
