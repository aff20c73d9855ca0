import { Injectable } from '@nestjs/common';
import { Db, RequestContext } from '@app/platform';
import { HealthAccessQuery, HealthAccessResponse } from './dto/trainee-health.dto';
import { HealthAccess } from './health-access.entity';

/** The access log of health data: one row per read or write, in the transaction of the access itself. */
@Injectable()
export class HealthAccessLog {
  constructor(
    private readonly db: Db,
    private readonly context: RequestContext,
  ) {}

  /** Records an access by the caller; written with the read or the change, so a refused or failed request leaves none. */
  async record(traineeId: string, action: 'read' | 'write', fields: string[], context: string): Promise<void> {
    await this.recordMany([traineeId], action, fields, context);
  }

  /** Records one access per trainee in a single statement (a board reading several trainees' data). */
  async recordMany(traineeIds: string[], action: 'read' | 'write', fields: string[], context: string): Promise<void> {
    if (traineeIds.length === 0) return;
    const caller = this.context.caller;
    await this.db.tx.insert(
      HealthAccess,
      [...new Set(traineeIds)].map((traineeId) => ({
        schoolId: this.db.schoolId!,
        traineeId,
        actorId: caller?.accountId ?? null,
        actorEmail: caller?.email ?? null,
        actorRole: caller?.role ?? null,
        action,
        fields,
        context,
        requestId: this.context.requestId ?? null,
      })),
    );
  }

  /** The school's log, newest first, with each trainee's name (one statement for the page, one for the count). */
  async page(q: HealthAccessQuery): Promise<[HealthAccessResponse[], number]> {
    const qb = this.db.tx
      .createQueryBuilder(HealthAccess, 'h')
      .leftJoin('trainees', 't', 't.id = h.trainee_id')
      .select([
        'h.id AS id',
        'h.at AS at',
        'h.trainee_id AS "traineeId"',
        `CASE WHEN t.id IS NULL THEN NULL ELSE t.last_name || ' ' || t.first_name END AS "traineeName"`,
        'h.actor_email AS "actorEmail"',
        'h.actor_role AS "actorRole"',
        'h.action AS action',
        'h.fields AS fields',
        'h.context AS context',
      ]);
    if (q.traineeId) qb.where('h.trainee_id = :traineeId', { traineeId: q.traineeId });
    const [rows, total] = await Promise.all([
      qb
        .clone()
        .orderBy('h.at', q.direction)
        .addOrderBy('h.id', q.direction)
        .offset(q.skip)
        .limit(q.pageSize)
        .getRawMany<HealthAccessResponse>(),
      qb.clone().getCount(),
    ]);
    return [rows, total];
  }
}
