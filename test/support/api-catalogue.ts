import { INestApplication } from '@nestjs/common';
import { PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, MetadataScanner } from '@nestjs/core';
import { OpenAPIObject } from '@nestjs/swagger';
import TestAgent from 'supertest/lib/agent';
import { PUBLIC_KEY, Role, ROLES_KEY } from '@app/platform';
import { buildOpenApi } from '../../apps/api/src/openapi';

export type Method = 'get' | 'post' | 'patch' | 'put' | 'delete';
const METHODS: Method[] = ['get', 'post', 'patch', 'put', 'delete'];

/** One route of the API as its OpenAPI document describes it, with who may call it (@Public, @Roles). */
export interface Operation {
  method: Method;
  /** The OpenAPI path, `/api/v1/cohorts/{id}`. */
  path: string;
  /** `Controller_method`, as `buildOpenApi` names operations. */
  operationId: string;
  /** `method path`, the key of per-route tables (bodies, queries, reasons). */
  key: string;
  public: boolean;
  roles: Role[];
  /** The content types of its request body (none when the handler takes no body). */
  bodyTypes: string[];
}

/** A route handler of the app and who may call it, as its @Public() / @Roles() metadata (method, else class) says. */
export interface RouteHandler {
  /** `Controller_method`: the operation id `buildOpenApi` gives it. */
  operationId: string;
  /** `Class.method`, for messages. */
  name: string;
  public: boolean;
  roles: Role[];
}

/** Every route handler of the app's controllers. */
export function routeHandlers(app: INestApplication): RouteHandler[] {
  const scanner = new MetadataScanner();
  return app
    .get(DiscoveryService)
    .getControllers()
    .flatMap((wrapper) => {
      const proto = Object.getPrototypeOf(wrapper.instance) as Record<string, object>;
      const metatype = wrapper.metatype as object;
      return scanner
        .getAllMethodNames(proto)
        .filter((name) => Reflect.getMetadata(PATH_METADATA, proto[name]) !== undefined)
        .map((name) => ({
          operationId: `${wrapper.name.replace(/Controller$/, '')}_${name}`,
          name: `${wrapper.name}.${name}`,
          public: Boolean(Reflect.getMetadata(PUBLIC_KEY, proto[name]) ?? Reflect.getMetadata(PUBLIC_KEY, metatype)),
          roles: Reflect.getMetadata(ROLES_KEY, proto[name]) ?? Reflect.getMetadata(ROLES_KEY, metatype) ?? [],
        }));
    });
}

/** Every operation of the API's OpenAPI document, with its roles read from the handlers' metadata. */
export function apiOperations(app: INestApplication, doc: OpenAPIObject = buildOpenApi(app)): Operation[] {
  const access = new Map(routeHandlers(app).map((h) => [h.operationId, h]));
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    METHODS.filter((m) => item[m]).map((method) => {
      const operationId = item[method]!.operationId!;
      const who = access.get(operationId);
      if (!who) throw new Error(`No handler for the operation ${operationId} (${method} ${path})`);
      const body = item[method]!.requestBody as { content?: Record<string, unknown> } | undefined;
      const bodyTypes = Object.keys(body?.content ?? {});
      return { method, path, operationId, key: `${method} ${path}`, public: who.public, roles: who.roles, bodyTypes };
    }),
  );
}

/** Whether `role` may call `op` (public routes: anybody). */
export const mayCall = (op: Operation, role: Role): boolean => op.public || op.roles.includes(role);

/** A body as the tests send it: JSON, a CSV file (a string) or a document's bytes (a Buffer). */
export type Body = object | string | Buffer;

/** Calls `op` at `url` as `agent` with `body` sent as its kind is. */
export async function callAs(agent: TestAgent, op: Pick<Operation, 'method'>, url: string, body: Body = {}) {
  const call = agent[op.method](url);
  if (op.method === 'get') return call;
  if (Buffer.isBuffer(body)) return call.set('content-type', 'application/pdf').send(body);
  if (typeof body === 'string') return call.set('content-type', 'text/csv').send(body);
  return call.send(body);
}
