import 'reflect-metadata';
import { loadConfig } from '@app/platform';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_SCHOOL, seedDemo } from '@app/platform/demo/demo-seed';
import { DEMO_EXTENSIONS } from './demo-extensions';

/** `npm run db:seed`: the demo school, its logins, a cohort running today, its AFGSU sessions and an exam session, host sites, tutors and placements, a few notifications. */
const config = loadConfig();
if (config.NODE_ENV === 'production' && !config.DEMO_SEED) {
  console.log('Demo seed skipped: NODE_ENV=production (set DEMO_SEED=true only on a demonstration instance).');
  console.log('Create the first platform administrator with: npm run platform-admin -- <email> "<full name>"');
  process.exit(0);
}
seedDemo(config, DEMO_EXTENSIONS)
  .then(() => {
    console.log(`Demo school "${DEMO_SCHOOL.name}" ready. Logins (password ${DEMO_PASSWORD}):`);
    for (const a of DEMO_ACCOUNTS) console.log(`  ${a.role.padEnd(15)} ${a.email}`);
  })
  .catch((err: Error) => {
    console.error(`Demo seed failed: ${err.message}`);
    process.exit(1);
  });
