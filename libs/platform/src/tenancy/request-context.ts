import { Injectable } from '@nestjs/common';
import { ClsService } from 'nestjs-cls';
import { Caller } from '../auth/caller';

export const CALLER = 'ctx.caller';
export const REQUEST_ID = 'ctx.requestId';

/** Who is acting in the current request or job (for the audit trail). */
@Injectable()
export class RequestContext {
  constructor(private readonly cls: ClsService) {}

  get caller(): Caller | undefined {
    return this.cls.isActive() ? this.cls.get<Caller | undefined>(CALLER) : undefined;
  }

  get requestId(): string | undefined {
    return this.cls.isActive() ? this.cls.get<string | undefined>(REQUEST_ID) : undefined;
  }

  /** Runs `fn` on behalf of `caller` (public flows such as accepting an invitation). */
  run<T>(caller: Caller | undefined, fn: () => Promise<T>): Promise<T> {
    return this.cls.run({ ifNested: 'inherit' }, () => {
      if (caller) this.cls.set(CALLER, caller);
      return fn();
    });
  }
}
