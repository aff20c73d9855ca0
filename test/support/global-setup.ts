import { loadConfig } from '@app/platform';
import { setupDatabase } from '@app/platform/database/database-setup';
import { configFor } from './test-config';

/** One fresh database per jest run, migrated exactly as production is (roles, grants, migrations). */
export default async function globalSetup(): Promise<void> {
  loadConfig(process.env);
  const name = `cqp_test_${Date.now()}_${process.pid}`;
  process.env.TEST_DATABASE = name;
  await setupDatabase(configFor(name));
}
