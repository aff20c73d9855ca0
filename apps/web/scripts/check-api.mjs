// Fails when src/api/schema.d.ts is out of date with ../../openapi.json (CI drift check).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'check-api-'));
const fresh = join(dir, 'schema.d.ts');
try {
  execFileSync(join('node_modules', '.bin', 'openapi-typescript'), ['../../openapi.json', '-o', fresh], { stdio: 'inherit' });
  if (readFileSync(fresh, 'utf8') !== readFileSync('src/api/schema.d.ts', 'utf8')) {
    console.error('src/api/schema.d.ts is out of date: run `npm run gen:api` and commit the result.');
    process.exitCode = 1;
  } else {
    console.log('src/api/schema.d.ts is up to date.');
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
