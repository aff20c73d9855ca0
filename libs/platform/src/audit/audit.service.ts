import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Db } from '../database/db.service';
import { RequestContext } from '../tenancy/request-context';
import { AuditEvent } from './audit-event.entity';

export interface AuditEntry {
  entityType: string;
  entityId?: string | null;
  action: string;
  before?: object | null;
  after?: object | null;
  reason?: string | null;
  /** Defaults to the school of the open tenant transaction. */
  schoolId?: string | null;
}

/** Appends to the audit trail, in the same transaction as the change it records. */
@Injectable()
export class AuditService {
  constructor(
    private readonly db: Db,
    private readonly context: RequestContext,
  ) {}

  async record(entry: AuditEntry, manager: EntityManager = this.db.tx): Promise<void> {
    const caller = this.context.caller;
    await manager.insert(AuditEvent, {
      schoolId: entry.schoolId !== undefined ? entry.schoolId : this.db.schoolId,
      actorId: caller?.accountId ?? null,
      actorEmail: caller?.email ?? null,
      entityType: entry.entityType,
      entityId: entry.entityId ?? null,
      action: entry.action,
      before: (entry.before ?? null) as never,
      after: (entry.after ?? null) as never,
      reason: entry.reason ?? null,
      requestId: this.context.requestId ?? null,
    });
  }
}
