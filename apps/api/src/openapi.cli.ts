import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { loadConfig } from '@app/platform';
import { createApiApp } from './bootstrap';
import { buildOpenApi } from './openapi';

/** `npm run openapi [-- <file>]`: writes the API contract (default ./openapi.json). */
async function main(): Promise<void> {
  const target = process.argv[2] ?? 'openapi.json';
  const app = await createApiApp({ ...loadConfig(), LOG_LEVEL: 'error' });
  writeFileSync(target, `${JSON.stringify(buildOpenApi(app), null, 2)}\n`);
  await app.close();
  console.log(`OpenAPI document written to ${target}`);
}

main().catch((err: Error) => {
  console.error(err.message);
  process.exit(1);
});
