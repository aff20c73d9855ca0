import { DemoExtension } from '@app/platform/demo/demo-seed';
import { seedAfgsuDemo } from '@app/afgsu';
import { seedAssessmentDemo } from '@app/assessment';
import { seedInternshipDemo } from '@app/internship';
import { seedRemindersDemo } from '@app/reminders';
import { seedTrainingDemo } from '@app/training';

/** What each capability adds to the demo school (`npm run db:seed`), in order. */
export const DEMO_EXTENSIONS: DemoExtension[] = [
  seedTrainingDemo,
  seedAfgsuDemo,
  seedAssessmentDemo,
  seedInternshipDemo,
  seedRemindersDemo,
];
