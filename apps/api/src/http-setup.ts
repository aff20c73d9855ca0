import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppConfig, AppError } from '@app/platform';
import { JSON_TOO_DEEP, MAX_JSON_DEPTH, nestedDeeperThan } from '@app/platform/http/json-depth.rules';

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

const hostOf = (origin: string): string | null => {
  try {
    return new URL(origin).host;
  } catch {
    return null; // "null" (sandboxed pages, file://) or garbage
  }
};

/**
 * Cross-site requests cannot use the session: unsafe methods whose Origin is neither the product's
 * public URL nor the host the request reached are refused (a reverse proxy may rewrite Host).
 */
function sameOriginGuard(fastify: FastifyInstance, config: AppConfig): void {
  const publicHost = new URL(config.PUBLIC_URL).host;
  fastify.addHook('onRequest', async (req: FastifyRequest) => {
    const origin = req.headers.origin;
    if (!UNSAFE.has(req.method) || origin === undefined) return;
    const host = hostOf(origin);
    if (host === null || (host !== publicHost && host !== req.headers.host)) {
      throw new AppError(403, 'CROSS_ORIGIN_REFUSED', "Requête refusée : elle ne provient pas de l'application.");
    }
  });
}

/** Security headers on every answer (CSP for the single-page app and Swagger UI). */
async function securityHeaders(app: NestFastifyApplication, config: AppConfig): Promise<void> {
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        objectSrc: ["'none'"],
        upgradeInsecureRequests: config.COOKIE_SECURE ? [] : null,
      },
    },
    hsts: config.COOKIE_SECURE,
  });
}

/** The built web UI at `/`, with the single-page-app fallback; unknown API paths get the JSON error shape. */
async function webUi(app: NestFastifyApplication, config: AppConfig): Promise<void> {
  const fastify = app.getHttpAdapter().getInstance() as FastifyInstance;
  const root = path.resolve(config.WEB_DIST_DIR);
  const hasUi = existsSync(path.join(root, 'index.html'));
  if (hasUi) {
    await app.register(fastifyStatic, {
      root,
      prefix: '/',
      wildcard: false,
      index: false,
      // The .br / .gz copies written after the build (apps/web/scripts/compress.mjs), to browsers that accept them.
      preCompressed: true,
      // Vite names assets after their content: a browser may keep them for good.
      setHeaders: (reply, file) => {
        if (file.includes(`${path.sep}assets${path.sep}`)) void reply.header('cache-control', 'public, max-age=31536000, immutable');
      },
    });
  }
  // Every other GET: API paths answer the JSON 404, pages get index.html (client-side routing).
  fastify.get('/*', async (req: FastifyRequest, reply: FastifyReply) => {
    const url = req.url.split('?')[0];
    const isPage = hasUi && !url.startsWith('/api') && !path.extname(url);
    if (!isPage)
      return reply.status(404).send({ statusCode: 404, code: 'ROUTE_NOT_FOUND', message: `Aucune ressource à l'adresse ${url}.` });
    return reply
      .type('text/html; charset=utf-8')
      .header('cache-control', 'no-cache')
      .send(await readFile(path.join(root, 'index.html')));
  });
}

/**
 * JSON bodies as Fastify parses them (prototype poisoning refused), then refused when they nest deeper than
 * MAX_JSON_DEPTH levels: class-transformer walks a body recursively and overflowed the stack on a few thousand levels.
 */
function jsonBodies(app: NestFastifyApplication, config: AppConfig): void {
  type Done = (err: Error | null, value?: unknown) => void;
  const fastify = app.getHttpAdapter().getInstance() as FastifyInstance;
  const parse = fastify.getDefaultJsonParser('error', 'error') as unknown as (req: unknown, body: Buffer, done: Done) => void;
  app.useBodyParser('application/json', { bodyLimit: config.BODY_LIMIT_BYTES }, (req, body, done: Done) =>
    parse(req, body, (err, value) => {
      if (err) return done(err, undefined);
      if (nestedDeeperThan(value, MAX_JSON_DEPTH))
        return done(Object.assign(new Error('JSON nested too deep'), { code: JSON_TOO_DEEP, statusCode: 400 }), undefined);
      done(null, value);
    }),
  );
}

/** CSV uploads (trainee imports) arrive as raw bytes: the service detects the encoding. */
function csvBodies(fastify: FastifyInstance, config: AppConfig): void {
  fastify.addContentTypeParser(
    ['text/csv', 'application/vnd.ms-excel'],
    { parseAs: 'buffer', bodyLimit: config.BODY_LIMIT_BYTES },
    (_req, body, done) => done(null, body),
  );
}

/**
 * Uploaded documents arrive as the raw request stream (never buffered here): `receiveUpload` recognises
 * their type from the first bytes and streams them to storage within UPLOAD_LIMIT_BYTES.
 */
function documentBodies(fastify: FastifyInstance): void {
  fastify.addContentTypeParser(
    [
      'application/pdf',
      'image/jpeg',
      'image/png',
      'application/octet-stream',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    ],
    (_req, payload, done) => done(null, payload),
  );
}

export async function setupHttp(app: NestFastifyApplication, config: AppConfig): Promise<void> {
  const fastify = app.getHttpAdapter().getInstance() as FastifyInstance;
  jsonBodies(app, config);
  csvBodies(fastify, config);
  documentBodies(fastify);
  sameOriginGuard(fastify, config);
  await securityHeaders(app, config);
  await app.register(fastifyCookie);
  await webUi(app, config);
}
