import 'reflect-metadata';
import { loadConfig } from '@app/platform';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_SCHOOL, seedDemo } from '@app/platform/demo/demo-seed';
import { seedTrainingDemo } from '@app/training';

/** `npm run db:seed`: the demo school, its logins and a cohort running today. */
seedDemo(loadConfig(), [seedTrainingDemo])
  .then(() => {
    console.log(`Demo school "${DEMO_SCHOOL.name}" ready. Logins (password ${DEMO_PASSWORD}):`);
    for (const a of DEMO_ACCOUNTS) console.log(`  ${a.role.padEnd(15)} ${a.email}`);
  })
  .catch((err: Error) => {
    console.error(`Demo seed failed: ${err.message}`);
    process.exit(1);
  });
