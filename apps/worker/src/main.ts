import 'reflect-metadata';
import { loadConfig } from '@app/platform';
import { preflight } from '@app/platform/config/preflight';
import { startWorker } from './bootstrap';

async function main(): Promise<void> {
  const config = loadConfig();
  await preflight(config);
  const worker = await startWorker(config, { healthPort: config.WORKER_HEALTH_PORT || undefined });
  process.stdout.write(`${JSON.stringify({ level: 'log', message: 'worker started', healthPort: config.WORKER_HEALTH_PORT })}\n`);
  const stop = () => void worker.stop().then(() => process.exit(0));
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((err: Error) => {
  process.stderr.write(`Worker failed to start: ${err.message}\n`);
  process.exit(1);
});
