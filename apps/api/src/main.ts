import 'reflect-metadata';
import { loadConfig } from '@app/platform';
import { preflight } from '@app/platform/config/preflight';
import { createApiApp } from './bootstrap';

async function main(): Promise<void> {
  const config = loadConfig();
  await preflight(config);
  const app = await createApiApp(config);
  await app.listen({ port: config.PORT, host: config.HOST });
  app.getHttpAdapter().getInstance().log.info(`API listening on ${config.PUBLIC_URL}`);
}

main().catch((err: Error) => {
  process.stderr.write(`API failed to start: ${err.message}\n`);
  process.exit(1);
});
