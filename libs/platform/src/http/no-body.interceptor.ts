import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/internal';
import { FastifyRequest } from 'fastify';
import { Observable } from 'rxjs';
import { AppError } from './app-error';
import { checkUnexpectedBody } from './unexpected-body.rules';
import { UNKNOWN_FIELD } from './validation';

const BODY_PARAMS = new Set([String(RouteParamtypes.BODY), String(RouteParamtypes.RAW_BODY)]);
const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Whether the handler reads the request body (`@Body()`, `@RawBody()`). */
function takesBody(ctx: ExecutionContext): boolean {
  const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, ctx.getClass(), ctx.getHandler().name) ?? {}) as Record<string, unknown>;
  return Object.keys(args).some((key) => BODY_PARAMS.has(key.split(':')[0]));
}

/** The bytes a request announces: its Content-Length, or any number when it is sent in chunks. */
function declaredBytes(request: FastifyRequest): number {
  const length = request.headers['content-length'];
  if (length !== undefined) return Number(length) || 0;
  return request.headers['transfer-encoding'] ? Infinity : 0;
}

/**
 * The validation pipe refuses unknown fields of a declared body; a handler that declares none would drop them unseen.
 * This refuses them before the handler runs, the same way: 400 `VALIDATION_FAILED`, each field « n'est pas un champ
 * autorisé » (any other value: 400 `BODY_NOT_EXPECTED`).
 */
@Injectable()
export class NoBodyInterceptor implements NestInterceptor {
  intercept(ctx: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = ctx.switchToHttp().getRequest<FastifyRequest>();
    if (ctx.getType() !== 'http' || READS.has(request.method) || takesBody(ctx)) return next.handle();
    const check = checkUnexpectedBody(request.body, declaredBytes(request));
    if (check.ok) return next.handle();
    if (check.fields === null)
      throw new AppError(400, 'BODY_NOT_EXPECTED', 'Cette opération ne prend aucune donnée dans le corps de la requête.');
    throw new AppError(
      400,
      'VALIDATION_FAILED',
      'Certaines données sont invalides.',
      Object.fromEntries(check.fields.map((field) => [field, [UNKNOWN_FIELD]])),
    );
  }
}
