import { createServer, Server } from 'node:http';
import { ConsoleLogger, INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppConfig, HealthService, JobQueue, JobRunner } from '@app/platform';
import { jobHandlers, recoverAfterOutage } from './job-handlers';
import { WorkerModule } from './worker.module';

export interface RunningWorker {
  /** The worker's Nest context (its services). */
  app: INestApplicationContext;
  stop(): Promise<void>;
}

/** Starts the worker: Nest context, job runner and schedules (and the health port when asked). */
export async function startWorker(config: AppConfig, options: { healthPort?: number; concurrency?: number } = {}): Promise<RunningWorker> {
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), {
    logger: new ConsoleLogger('worker', { json: true, logLevels: config.LOG_LEVEL === 'silent' ? [] : ['fatal', 'error', 'warn', 'log'] }),
    abortOnError: false,
  });
  const runner = new JobRunner(config, app.get(JobQueue), jobHandlers(app), recoverAfterOutage(app));
  await runner.start(options.concurrency);
  let server: Server | undefined;
  if (options.healthPort) {
    const health = app.get(HealthService);
    server = createServer((req, res) => {
      const ready = req.url === '/health/ready';
      void (ready ? health.readiness() : Promise.resolve({ status: 'ok' })).then((body) => {
        res.writeHead(body.status === 'ok' ? 200 : 503, { 'content-type': 'application/json' }).end(JSON.stringify(body));
      });
    }).listen(options.healthPort);
  }
  return {
    app,
    stop: async () => {
      server?.close();
      await runner.stop();
      await app.close();
    },
  };
}
