import { Global, Inject, Injectable, Module, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { dataSourceOptions } from './data-source.options';

/** Application role: every query runs under row-level security. */
export const APP_DATA_SOURCE = Symbol('APP_DATA_SOURCE');
/** Admin role (BYPASSRLS): authentication and platform-wide work only. */
export const ADMIN_DATA_SOURCE = Symbol('ADMIN_DATA_SOURCE');

@Injectable()
class DataSourcesCloser implements OnApplicationShutdown {
  constructor(
    @Inject(APP_DATA_SOURCE) private readonly app: DataSource,
    @Inject(ADMIN_DATA_SOURCE) private readonly admin: DataSource,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    await Promise.all([this.app, this.admin].filter((ds) => ds.isInitialized).map((ds) => ds.destroy()));
  }
}

@Global()
@Module({
  providers: [
    {
      provide: APP_DATA_SOURCE,
      inject: [AppConfig],
      useFactory: (c: AppConfig) =>
        new DataSource(dataSourceOptions(c.DATABASE_URL, c.DATABASE_POOL_SIZE, 'cqp-app', c.DATABASE_STATEMENT_TIMEOUT_MS)).initialize(),
    },
    {
      provide: ADMIN_DATA_SOURCE,
      inject: [AppConfig],
      useFactory: (c: AppConfig) =>
        new DataSource(dataSourceOptions(c.DATABASE_ADMIN_URL, 4, 'cqp-admin', c.DATABASE_STATEMENT_TIMEOUT_MS)).initialize(),
    },
    DataSourcesCloser,
  ],
  exports: [APP_DATA_SOURCE, ADMIN_DATA_SOURCE],
})
export class DatabaseModule {}
