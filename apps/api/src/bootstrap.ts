import { randomUUID } from 'node:crypto';
import { ConsoleLogger, LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { SwaggerModule } from '@nestjs/swagger';
import { AppConfig } from '@app/platform';
import { toErrorBody } from '@app/platform/http/error-body';
import { createValidationPipe } from '@app/platform/http/validation';
import { ApiModule } from './app.module';
import { setupHttp } from './http-setup';
import { buildOpenApi } from './openapi';
import { mountQueueBoard } from './queue-board';

const NEST_LEVELS: Record<string, LogLevel[]> = {
  silent: [],
  fatal: ['fatal'],
  error: ['fatal', 'error'],
  warn: ['fatal', 'error', 'warn'],
  info: ['fatal', 'error', 'warn', 'log'],
  debug: ['fatal', 'error', 'warn', 'log', 'debug'],
  trace: ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'],
};

export function jsonLogger(config: AppConfig, context: string): ConsoleLogger {
  return new ConsoleLogger(context, { json: true, logLevels: NEST_LEVELS[config.LOG_LEVEL] });
}

/** TRUST_PROXY as Fastify reads it: a boolean, or the proxies' addresses. */
export function trustProxy(value: string): boolean | string[] {
  if (value === 'true' || value === 'false') return value === 'true';
  return value.split(',').map((a) => a.trim());
}

/** Builds the HTTP application (not yet listening): used by main.ts and the end-to-end tests. */
export async function createApiApp(config: AppConfig): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    bodyLimit: config.BODY_LIMIT_BYTES,
    trustProxy: trustProxy(config.TRUST_PROXY),
    requestIdHeader: 'x-request-id',
    genReqId: () => randomUUID(),
    logger: config.LOG_LEVEL === 'silent' ? false : { level: config.LOG_LEVEL },
    // The router's own refusals (a malformed percent-encoding, a path parameter over 100 characters) come before Nest's
    // exception filter: answered here in the same error shape.
    frameworkErrors: (error: FastifyError, _request: FastifyRequest, reply: FastifyReply) => {
      const { body } = toErrorBody(error);
      void reply.status(body.statusCode).header('content-type', 'application/json; charset=utf-8').send(body);
    },
  });
  const app = await NestFactory.create<NestFastifyApplication>(ApiModule.forRoot(config), adapter, {
    logger: jsonLogger(config, 'api'),
    abortOnError: false,
  });
  app.setGlobalPrefix('api/v1', { exclude: ['api/health', 'api/health/ready'] });
  app.useGlobalPipes(createValidationPipe());
  app.enableShutdownHooks();
  await setupHttp(app, config);
  await mountQueueBoard(app);
  SwaggerModule.setup('api/docs', app, () => buildOpenApi(app), { jsonDocumentUrl: 'api/docs/openapi.json' });
  await app.init();
  return app;
}
