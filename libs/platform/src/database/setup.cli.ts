import { loadConfig } from '../config/app-config';
import { databaseName, prepareDatabase, setupDatabase } from './database-setup';

/**
 * `npm run db:setup`: database, roles, grants and migrations, idempotently. With `--empty`: roles, database and grants
 * only, no table (scripts/restore.sh then loads a backup into it).
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const log = (line: string) => console.log(`  ${line}`);
  if (process.argv.includes('--empty')) {
    await prepareDatabase(config, log);
    console.log(`Database ${databaseName(config.DATABASE_URL)} ready for a restore (roles and grants, no table).`);
    return;
  }
  const applied = await setupDatabase(config, log);
  console.log(`Database ${databaseName(config.DATABASE_URL)} ready (${applied.length} migration(s) applied).`);
}

main().catch((err: Error) => {
  console.error(`Database setup failed: ${err.message}`);
  process.exit(1);
});
