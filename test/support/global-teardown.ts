import { loadConfig } from '@app/platform';
import { dropDatabase } from '@app/platform/database/database-setup';

export default async function globalTeardown(): Promise<void> {
  const name = process.env.TEST_DATABASE;
  if (name && process.env.KEEP_TEST_DATABASE !== '1') await dropDatabase(loadConfig(process.env), name);
}
