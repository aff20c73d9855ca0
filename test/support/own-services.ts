import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import Redis from 'ioredis';
import { waitFor } from './wait-for';

/** A TCP port nobody listens on right now (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * A Redis server of the test's own (no persistence: stopping it loses every key, as a crashed cache would), stopped and
 * started again on the same port; the machine's Redis is never touched.
 */
export class OwnRedis {
  private child?: ChildProcess;

  private constructor(readonly port: number) {}

  static async start(): Promise<OwnRedis> {
    const redis = new OwnRedis(await freePort());
    await redis.start();
    return redis;
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    const args = ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'];
    this.child = spawn('redis-server', args, { stdio: 'ignore' }).on('error', () => undefined); // not installed: the wait below says so
    await waitFor(() => this.answers(), `redis-server on port ${this.port}`, 10_000, 50);
  }

  /** SIGKILL: gone at once, with whatever it held. */
  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    await new Promise((resolve) => {
      child.once('exit', resolve);
      child.kill('SIGKILL');
    });
  }

  private async answers(): Promise<boolean> {
    const client = new Redis(this.url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    client.on('error', () => undefined);
    try {
      await client.connect();
      return (await client.ping()) === 'PONG';
    } catch {
      return false;
    } finally {
      client.disconnect();
    }
  }
}

const PG_BIN = '/usr/lib/postgresql/15/bin';
/** PostgreSQL refuses to run as root: as root, through the postgres OS user; otherwise as the current user. */
const asRoot = process.getuid?.() === 0;
const asPostgres = (command: string, args: string[]) => {
  const [file, argv] = asRoot
    ? ['runuser', ['-u', 'postgres', '--', path.join(PG_BIN, command), ...args]]
    : [path.join(PG_BIN, command), args];
  execFileSync(file, argv, { stdio: 'pipe', timeout: 60_000 });
};

/**
 * A PostgreSQL 15 cluster of the test's own (initdb into a temporary folder, run as the postgres OS user, trust
 * authentication on 127.0.0.1 only, its socket in that folder), stopped and started on the same port; the machine's
 * cluster is never touched.
 */
export class OwnPostgres {
  private constructor(
    readonly port: number,
    private readonly dir: string,
  ) {}

  static async create(): Promise<OwnPostgres> {
    const dir = mkdtempSync(path.join(tmpdir(), 'cqp-pg-'));
    if (asRoot) execFileSync('chown', ['postgres', dir]);
    const pg = new OwnPostgres(await freePort(), dir);
    asPostgres('initdb', ['-D', pg.dataDir, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8', '--locale', 'C']);
    return pg;
  }

  private get dataDir(): string {
    return path.join(this.dir, 'data');
  }

  /** postgres://user:password@127.0.0.1:<port>/database */
  url(user: string, database: string): string {
    return `postgres://${user}:${user}@127.0.0.1:${this.port}/${database}`;
  }

  start(): void {
    const options = `-p ${this.port} -k ${this.dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=60`;
    asPostgres('pg_ctl', ['-D', this.dataDir, '-o', options, '-l', path.join(this.dir, 'log'), '-w', 'start']);
  }

  /** Fast shutdown: every session is ended, as when the server restarts. */
  stop(): void {
    asPostgres('pg_ctl', ['-D', this.dataDir, '-m', 'fast', '-w', 'stop']);
  }

  destroy(): void {
    try {
      this.stop();
    } catch {
      // not running
    }
    rmSync(this.dir, { recursive: true, force: true });
  }
}
