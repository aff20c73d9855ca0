import { loadConfig } from '../config/app-config';
import { databaseName, setupDatabase } from './database-setup';

/** `npm run db:setup`: database, roles, grants and migrations, idempotently. */
async function main(): Promise<void> {
  const config = loadConfig();
  const applied = await setupDatabase(config, (line) => console.log(`  ${line}`));
  console.log(`Database ${databaseName(config.DATABASE_URL)} ready (${applied.length} migration(s) applied).`);
}

main().catch((err: Error) => {
  console.error(`Database setup failed: ${err.message}`);
  process.exit(1);
});
