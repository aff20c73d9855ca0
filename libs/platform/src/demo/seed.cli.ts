import { loadConfig } from '../config/app-config';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_SCHOOL, seedDemo } from './demo-seed';

/** `npm run db:seed`: the demo school and its logins. */
seedDemo(loadConfig())
  .then(() => {
    console.log(`Demo school "${DEMO_SCHOOL.name}" ready. Logins (password ${DEMO_PASSWORD}):`);
    for (const a of DEMO_ACCOUNTS) console.log(`  ${a.role.padEnd(15)} ${a.email}`);
  })
  .catch((err: Error) => {
    console.error(`Demo seed failed: ${err.message}`);
    process.exit(1);
  });
