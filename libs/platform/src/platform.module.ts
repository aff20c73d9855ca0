import { ClsPluginTransactional } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { DynamicModule, Global, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { ClsModule } from 'nestjs-cls';
import { AccountsService } from './accounts/accounts.service';
import { UsersController } from './accounts/users.controller';
import { AuditEventRepository } from './audit/audit-event.repository';
import { AuditController } from './audit/audit.controller';
import { AuditService } from './audit/audit.service';
import { AccountTokensService } from './auth/account-tokens.service';
import { AuthController } from './auth/auth.controller';
import { AuthGuard } from './auth/auth.guard';
import { AuthService } from './auth/auth.service';
import { ChangeFeed } from './cache/change-feed';
import { ReadCache } from './cache/read-cache';
import { PasswordResetsService } from './auth/password-resets.service';
import { LoginThrottle } from './auth/login-throttle';
import { SessionsService } from './auth/sessions.service';
import { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { APP_DATA_SOURCE, DatabaseModule } from './database/database.module';
import { Db } from './database/db.service';
import { HealthController } from './health/health.controller';
import { HealthService } from './health/health.service';
import { AllExceptionsFilter } from './http/all-exceptions.filter';
import { MailDeliveryService } from './mail/mail-delivery.service';
import { MailTransport, OutboxTransport, SmtpTransport } from './mail/mail-transport';
import { MailService } from './mail/mail.service';
import { OutboxController } from './mail/outbox.controller';
import { PdfRenderer } from './pdf/pdf-renderer';
import { JobQueue } from './queues/job-queue';
import { RedisModule } from './redis/redis.module';
import { SchoolsController } from './schools/schools.controller';
import { SchoolsService } from './schools/schools.service';
import { FileStorage } from './storage/file-storage';
import { StorageModule } from './storage/storage.module';
import { RequestContext } from './tenancy/request-context';
import { SchoolProfileController } from './schools/school-profile.controller';
import { NoBodyInterceptor } from './http/no-body.interceptor';
import { TenantInterceptor } from './tenancy/tenant.interceptor';
import { ReminderEvents } from './reminders/reminder-events';
import { Clock } from './time/clock';

const SHARED = [
  Db,
  RequestContext,
  JobQueue,
  AuditService,
  MailService,
  HealthService,
  SessionsService,
  LoginThrottle,
  AccountTokensService,
  PasswordResetsService,
  AccountsService,
  PdfRenderer,
  ReminderEvents,
  Clock,
  ChangeFeed,
  ReadCache,
];

/** What both processes need: config, PostgreSQL (two roles), Redis, storage, queues, audit, mail, accounts. */
@Global()
@Module({})
export class PlatformModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: PlatformModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule,
        RedisModule,
        StorageModule,
        ClsModule.forRoot({
          global: true,
          middleware: { mount: true },
          plugins: [
            new ClsPluginTransactional({
              imports: [DatabaseModule],
              adapter: new TransactionalAdapterTypeOrm({ dataSourceToken: APP_DATA_SOURCE }),
            }),
          ],
        }),
      ],
      providers: SHARED,
      exports: SHARED,
    };
  }
}

/** The HTTP side: authentication, tenancy per request, errors, and the platform's routes. */
@Module({
  controllers: [
    AuthController,
    UsersController,
    SchoolsController,
    SchoolProfileController,
    OutboxController,
    AuditController,
    HealthController,
  ],
  providers: [
    AuthService,
    SchoolsService,
    AuditEventRepository,
    { provide: APP_GUARD, useClass: AuthGuard },
    { provide: APP_INTERCEPTOR, useClass: NoBodyInterceptor },
    { provide: APP_INTERCEPTOR, useClass: TenantInterceptor },
    { provide: APP_FILTER, useClass: AllExceptionsFilter },
  ],
})
export class PlatformApiModule {}

/** The worker side: mail delivery through the configured transport. */
@Module({
  providers: [
    {
      provide: MailTransport,
      inject: [AppConfig, FileStorage],
      useFactory: (c: AppConfig, storage: FileStorage) =>
        c.MAIL_DRIVER === 'smtp' ? new SmtpTransport(c.SMTP_URL!) : new OutboxTransport(storage),
    },
    MailDeliveryService,
  ],
  exports: [MailDeliveryService],
})
export class PlatformWorkerModule {}
