import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig, PlatformApiModule, PlatformModule } from '@app/platform';
import { AfgsuModule } from '@app/afgsu';
import { AssessmentModule } from '@app/assessment';
import { InternshipModule } from '@app/internship';
import { EnrolmentModule } from '@app/enrolment';
import { ReferentialModule } from '@app/referential';
import { RecordsModule } from '@app/records';
import { RemindersModule } from '@app/reminders';
import { TrainingModule } from '@app/training';

/** The HTTP process: the platform plus every capability's controllers. */
@Module({})
export class ApiModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: ApiModule,
      imports: [
        PlatformModule.forRoot(config),
        PlatformApiModule,
        ReferentialModule,
        TrainingModule,
        EnrolmentModule,
        AfgsuModule,
        AssessmentModule,
        InternshipModule,
        RemindersModule,
        RecordsModule,
      ],
    };
  }
}
