import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { FastifyRequest } from 'fastify';
import { ClsService } from 'nestjs-cls';
import { from, lastValueFrom, Observable } from 'rxjs';
import { Db } from '../database/db.service';
import { CALLER, REQUEST_ID } from './request-context';

/**
 * Every authenticated request runs in one transaction scoped to the caller's school
 * (`app.school_id`), so row-level security applies to everything the handler reads or writes.
 */
@Injectable()
export class TenantInterceptor implements NestInterceptor {
  constructor(
    private readonly db: Db,
    private readonly cls: ClsService,
  ) {}

  intercept(ctx: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = ctx.switchToHttp().getRequest<FastifyRequest>();
    const caller = request.caller;
    if (!caller) return next.handle();
    return from(
      this.db.inSchool(caller.schoolId, () => {
        this.cls.set(CALLER, caller);
        this.cls.set(REQUEST_ID, String(request.id));
        return lastValueFrom(next.handle(), { defaultValue: undefined });
      }),
    );
  }
}
