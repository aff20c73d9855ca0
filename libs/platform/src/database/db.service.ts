import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Inject, Injectable } from '@nestjs/common';
import { ClsService } from 'nestjs-cls';
import { DataSource, EntityManager } from 'typeorm';
import { Role } from '../accounts/role';
import { Caller } from '../auth/caller';
import { ADMIN_DATA_SOURCE } from './database.module';

type Hook = () => Promise<unknown> | unknown;
const AFTER_COMMIT = 'db.afterCommit';
const ON_ROLLBACK = 'db.onRollback';
const SCHOOL = 'db.schoolId';

/** Runs every hook even when one fails: undoing is best effort, the caller needs the transaction's own failure. */
async function runEach(hooks: Hook[]): Promise<void> {
  for (const hook of hooks) {
    try {
      await hook();
    } catch {
      // the next one still runs
    }
  }
}

/**
 * The one way to reach the database.
 * - `tx`: the tenant transaction of the current request or job (row-level security applies).
 * - `admin`: the BYPASSRLS connection, for authentication and platform-wide work only.
 * - `inSchool`: opens a tenant transaction (requests and jobs), runs after-commit hooks once committed, and
 *   on-rollback hooks when it fails (what was written outside the database, such as a stored file, is undone).
 */
@Injectable()
export class Db {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly cls: ClsService,
    @Inject(ADMIN_DATA_SOURCE) private readonly adminDataSource: DataSource,
  ) {}

  get tx(): EntityManager {
    if (!this.cls.isActive() || !this.txHost.isTransactionActive()) {
      throw new Error('No tenant transaction is open: wrap the work in Db.inSchool()');
    }
    return this.txHost.tx;
  }

  get admin(): EntityManager {
    return this.adminDataSource.manager;
  }

  /** Platform administrators read across schools; everyone else through their tenant transaction. */
  forCaller(caller: Caller): EntityManager {
    return caller.role === Role.PlatformAdmin ? this.admin : this.tx;
  }

  /** The school of the open tenant transaction (null for the platform administrator). */
  get schoolId(): string | null {
    return this.cls.isActive() ? (this.cls.get<string | null>(SCHOOL) ?? null) : null;
  }

  async inSchool<T>(schoolId: string | null, fn: () => Promise<T>): Promise<T> {
    const hooks: Hook[] = [];
    const undo: Hook[] = [];
    const result = await this.cls
      .run({ ifNested: 'inherit' }, () =>
        this.txHost.withTransaction(async () => {
          this.cls.set(SCHOOL, schoolId);
          this.cls.set(AFTER_COMMIT, hooks);
          this.cls.set(ON_ROLLBACK, undo);
          await this.txHost.tx.query(`SELECT set_config('app.school_id', $1, true)`, [schoolId ?? '']);
          return fn();
        }),
      )
      .catch(async (err: unknown) => {
        await runEach(undo);
        throw err;
      });
    for (const hook of hooks) await hook();
    return result;
  }

  /** Runs `fn` in the open tenant transaction, or in a new one of `schoolId` when none is open. */
  async withinSchool<T>(schoolId: string | null, fn: () => Promise<T>): Promise<T> {
    return this.cls.isActive() && this.txHost.isTransactionActive() ? fn() : this.inSchool(schoolId, fn);
  }

  /** A platform-wide transaction (BYPASSRLS); its after-commit hooks run once it has committed. */
  async adminTransaction<T>(fn: (manager: EntityManager) => Promise<T>): Promise<T> {
    const hooks: Hook[] = [];
    const result = await this.cls.run({ ifNested: 'inherit' }, () => {
      this.cls.set(AFTER_COMMIT, hooks);
      return this.adminDataSource.transaction(fn);
    });
    for (const hook of hooks) await hook();
    return result;
  }

  /**
   * Runs `hook` if the open tenant transaction fails (rolled back), e.g. to remove a file stored for a row that will
   * never exist; nothing when no tenant transaction is open.
   */
  async onRollback(hook: Hook): Promise<void> {
    const undo = this.cls.isActive() ? this.cls.get<Hook[] | undefined>(ON_ROLLBACK) : undefined;
    undo?.push(hook);
  }

  /** Runs `hook` once the open transaction (tenant or admin) has committed; at once when none is open. */
  async afterCommit(hook: Hook): Promise<void> {
    const hooks = this.cls.isActive() ? this.cls.get<Hook[] | undefined>(AFTER_COMMIT) : undefined;
    if (hooks) hooks.push(hook);
    else await hook();
  }
}
