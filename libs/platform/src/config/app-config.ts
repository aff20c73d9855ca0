import { plainToInstance, Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsISO8601, IsOptional, IsString, IsUrl, Matches, Max, Min, validateSync } from 'class-validator';

const toInt = ({ value }: { value: unknown }) => (value === undefined || value === '' ? undefined : Number(value));
const toBool = ({ value }: { value: unknown }) =>
  value === undefined || value === '' ? undefined : ['1', 'true', 'yes', 'on'].includes(String(value).toLowerCase());

/**
 * Every setting the processes read, validated once at boot (nothing else reads process.env).
 * Defaults work on a development machine with PostgreSQL and Redis on loopback.
 */
export class AppConfig {
  @IsIn(['development', 'test', 'production'])
  NODE_ENV: 'development' | 'test' | 'production' = 'development';

  /** Public URL of the product, used in links sent by e-mail. */
  @IsUrl({ require_tld: false, require_protocol: true })
  PUBLIC_URL = 'http://127.0.0.1:3000';

  @IsString()
  HOST = '0.0.0.0';

  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  /**
   * Which proxies may set X-Forwarded-For (the client address used by login throttling and kept with
   * signatures): "false" (none, the default), "true" (any: only behind a proxy that strips the header),
   * or comma-separated addresses/CIDR of the proxies.
   */
  @IsString()
  TRUST_PROXY = 'false';

  /** Application role: DML only, subject to row-level security. */
  @IsString()
  DATABASE_URL = 'postgres://cqp_app:cqp_app@127.0.0.1:5432/cqp';
  /** Platform role with BYPASSRLS: authentication, school creation, platform-wide work. */
  @IsString()
  DATABASE_ADMIN_URL = 'postgres://cqp_admin:cqp_admin@127.0.0.1:5432/cqp';
  /** Owner of the tables: runs migrations only. */
  @IsString()
  DATABASE_OWNER_URL = 'postgres://cqp_owner:cqp_owner@127.0.0.1:5432/cqp';
  /** Superuser used once by `db:setup` to create the database and the three roles. */
  @IsString()
  DATABASE_SUPERUSER_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

  @Transform(toInt)
  @IsInt()
  @Min(1)
  DATABASE_POOL_SIZE = 10;

  /**
   * The longest one SQL statement of the API or the worker may run, in milliseconds (PostgreSQL's statement_timeout;
   * 0: no limit). A statement cut short answers 503 with Retry-After instead of holding a connection of the pool; a
   * transaction left idle for twice as long is ended by the server, with its locks.
   */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  DATABASE_STATEMENT_TIMEOUT_MS = 30_000;

  /**
   * How many computed reads (a trainee's progress, a cohort's dashboard) the API keeps in memory, kept true by
   * PostgreSQL's change notifications (docs/architecture.md, « Read cache »); 0 turns the cache off.
   */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  READ_CACHE_ENTRIES = 20_000;
  /** The longest a cached read is served, in seconds, however quiet its data. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  READ_CACHE_MAX_AGE_SECONDS = 600;

  @IsString()
  REDIS_URL = 'redis://127.0.0.1:6379';
  /** Prefix of every BullMQ key, so several environments can share one Redis. */
  @IsString()
  QUEUE_PREFIX = 'cqp';

  /** When the daily reminder sweep runs (cron with seconds, Europe/Paris): 07:00 by default. */
  @Matches(/^\S+( \S+){5}$/, { message: 'REMINDERS_SWEEP_CRON: a cron pattern of 6 fields (seconds first) is expected' })
  REMINDERS_SWEEP_CRON = '0 0 7 * * *';

  /** Fixes the reminder jobs' clock at this instant (ISO 8601), for tests: refused in production. */
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'CLOCK_FIXED_AT: an ISO 8601 instant is expected, e.g. 2026-03-29T17:30:00+02:00' })
  CLOCK_FIXED_AT?: string = undefined;

  /**
   * How long a running job holds its lock, in seconds: a worker killed in the middle of a job has it run again by
   * another (or the restarted) worker once this has passed.
   */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  JOB_LOCK_SECONDS = 30;

  @IsIn(['local', 's3'])
  STORAGE_DRIVER: 'local' | 's3' = 'local';
  @IsString()
  STORAGE_DIR = './storage';
  @IsOptional()
  @IsString()
  S3_ENDPOINT?: string = undefined;
  @IsString()
  S3_REGION = 'eu-west-3';
  @IsOptional()
  @IsString()
  S3_BUCKET?: string = undefined;
  @IsOptional()
  @IsString()
  S3_ACCESS_KEY_ID?: string = undefined;
  @IsOptional()
  @IsString()
  S3_SECRET_ACCESS_KEY?: string = undefined;
  @Transform(toBool)
  @IsBoolean()
  S3_FORCE_PATH_STYLE = true;

  @IsIn(['outbox', 'smtp'])
  MAIL_DRIVER: 'outbox' | 'smtp' = 'outbox';
  @IsString()
  MAIL_FROM = 'CQP Assistant médical <no-reply@cqp.local>';
  @IsOptional()
  @IsString()
  SMTP_URL?: string = undefined;

  /** Secure flag on the session cookie: on behind HTTPS. */
  @Transform(toBool)
  @IsBoolean()
  COOKIE_SECURE = false;
  @Transform(toInt)
  @IsInt()
  @Min(1)
  SESSION_TTL_HOURS = 12;
  @Transform(toInt)
  @IsInt()
  @Min(1)
  INVITATION_TTL_HOURS = 168;
  @Transform(toInt)
  @IsInt()
  @Min(1)
  PASSWORD_RESET_TTL_MINUTES = 60;
  /** Failed logins allowed per e-mail (and 10x per IP) within LOGIN_WINDOW_MINUTES. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  LOGIN_MAX_FAILURES = 5;
  @Transform(toInt)
  @IsInt()
  @Min(1)
  LOGIN_WINDOW_MINUTES = 15;

  @Transform(toInt)
  @IsInt()
  @Min(1024)
  BODY_LIMIT_BYTES = 1_048_576;

  /** Largest accepted uploaded file (documents, attestations), in bytes. */
  @Transform(toInt)
  @IsInt()
  @Min(1024)
  UPLOAD_LIMIT_BYTES = 10 * 1024 * 1024;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  /** Folder of the built web UI served at `/`. */
  @IsString()
  WEB_DIST_DIR = './apps/web/dist';

  /** Allows the demo seed (known passwords) when NODE_ENV=production: only for demonstration instances. */
  @Transform(toBool)
  @IsBoolean()
  DEMO_SEED = false;

  /** Port of the worker's health endpoint (0 = none). */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  WORKER_HEALTH_PORT = 3001;
}

export class ConfigError extends Error {}

/** Reads and validates the environment once; throws a readable error listing every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const known = Object.keys(new AppConfig());
  const raw = Object.fromEntries(Object.entries(env).filter(([k, v]) => known.includes(k) && v !== ''));
  const config = plainToInstance(AppConfig, raw, { exposeDefaultValues: true });
  const errors = validateSync(config, { skipMissingProperties: false });
  if (errors.length > 0) {
    const lines = errors.map((e) => `${e.property}=${String(e.value)}: ${Object.values(e.constraints ?? {}).join(', ')}`);
    throw new ConfigError(`Invalid configuration: ${lines.join('; ')}`);
  }
  if (config.STORAGE_DRIVER === 's3' && !config.S3_BUCKET) {
    throw new ConfigError('Invalid configuration: STORAGE_DRIVER=s3 needs S3_BUCKET');
  }
  if (config.CLOCK_FIXED_AT && config.NODE_ENV === 'production') {
    throw new ConfigError('Invalid configuration: CLOCK_FIXED_AT is only accepted when NODE_ENV is test or development');
  }
  if (config.MAIL_DRIVER === 'smtp' && !config.SMTP_URL) {
    throw new ConfigError('Invalid configuration: MAIL_DRIVER=smtp needs SMTP_URL');
  }
  return config;
}
