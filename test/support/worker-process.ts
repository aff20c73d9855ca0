import { ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { AppConfig } from '@app/platform';

// From the repository's root, where the tests and the npm scripts run (this file also runs compiled, from dist/).
const WORKER = path.resolve(process.cwd(), 'dist/apps/worker/src/main.js');

/** The built worker (npm run build) as a process of its own, on `config`'s database, Redis, prefix and mail settings. */
export class WorkerProcess {
  private child?: ChildProcess;
  readonly output: string[] = [];

  constructor(private readonly config: AppConfig) {
    if (!existsSync(WORKER)) throw new Error(`${WORKER} is missing: run npm run build first`);
  }

  /** Starts it and resolves once it says it has started (its job runner and schedules are up). */
  start(): Promise<void> {
    const c = this.config;
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '',
      NODE_ENV: c.NODE_ENV,
      LOG_LEVEL: 'warn',
      PUBLIC_URL: c.PUBLIC_URL,
      DATABASE_URL: c.DATABASE_URL,
      DATABASE_ADMIN_URL: c.DATABASE_ADMIN_URL,
      DATABASE_OWNER_URL: c.DATABASE_OWNER_URL,
      REDIS_URL: c.REDIS_URL,
      QUEUE_PREFIX: c.QUEUE_PREFIX,
      STORAGE_DIR: c.STORAGE_DIR,
      MAIL_DRIVER: c.MAIL_DRIVER,
      SMTP_URL: c.SMTP_URL ?? '',
      CLOCK_FIXED_AT: c.CLOCK_FIXED_AT ?? '',
      JOB_LOCK_SECONDS: String(c.JOB_LOCK_SECONDS),
      WORKER_HEALTH_PORT: '0',
    };
    const child = spawn(process.execPath, [WORKER], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    this.child = child;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`worker did not start: ${this.output.join('')}`)), 30_000);
      child.stderr!.on('data', (d: Buffer) => this.output.push(d.toString()));
      child.stdout!.on('data', (d: Buffer) => {
        this.output.push(d.toString());
        if (d.toString().includes('"worker started"')) {
          clearTimeout(timer);
          resolve();
        }
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`worker exited (${code}): ${this.output.join('')}`));
      });
    });
  }

  /** SIGKILL: no shutdown hook runs, whatever it was doing stops there. Resolves once it is gone. */
  kill(): Promise<void> {
    return this.signal('SIGKILL');
  }

  /** SIGTERM: the worker finishes its jobs and closes. */
  stop(): Promise<void> {
    return this.signal('SIGTERM');
  }

  private signal(signal: NodeJS.Signals): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
    return new Promise((resolve) => {
      child.removeAllListeners('exit');
      child.once('exit', () => resolve());
      child.kill(signal);
    });
  }
}
