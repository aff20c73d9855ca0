import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { FastifyRequest } from 'fastify';
import { ClsService } from 'nestjs-cls';
import { from, lastValueFrom, Observable } from 'rxjs';
import { ChangeFeed } from '../cache/change-feed';
import { Db } from '../database/db.service';
import { CALLER, REQUEST_ID } from './request-context';
import { TRANSACTION_ON_DEMAND } from './transaction-on-demand';

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Every authenticated request runs in one transaction scoped to the caller's school
 * (`app.school_id`), so row-level security applies to everything the handler reads or writes —
 * unless the handler is marked @TransactionOnDemand() and opens it itself. A request that may have
 * written waits, before answering, until the change notifications of its commit are recorded
 * (ChangeFeed.barrier), so that no cached read is served stale to its caller afterwards.
 */
@Injectable()
export class TenantInterceptor implements NestInterceptor {
  constructor(
    private readonly db: Db,
    private readonly cls: ClsService,
    private readonly feed: ChangeFeed,
    private readonly reflector: Reflector,
  ) {}

  intercept(ctx: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = ctx.switchToHttp().getRequest<FastifyRequest>();
    const caller = request.caller;
    if (!caller) return next.handle();
    const handle = () => {
      this.cls.set(CALLER, caller);
      this.cls.set(REQUEST_ID, String(request.id));
      return lastValueFrom(next.handle(), { defaultValue: undefined });
    };
    if (this.reflector.getAllAndOverride<boolean>(TRANSACTION_ON_DEMAND, [ctx.getHandler(), ctx.getClass()])) {
      return from(this.cls.run({ ifNested: 'inherit' }, handle));
    }
    return from(
      (async () => {
        const result = await this.db.inSchool(caller.schoolId, handle);
        if (!READS.has(request.method)) await this.feed.barrier();
        return result;
      })(),
    );
  }
}
