import { Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { Brackets } from 'typeorm';
import { AppConfig, AppError, AuditService, Db, notFound } from '@app/platform';
import { CertificationVersion } from '@app/referential';
import { Trainee, TraineeStatus } from '../trainees/trainee.entity';
import { Cohort } from './cohort.entity';
import { CohortQuery, CohortResponse, CreateCohortRequest, UpdateCohortRequest } from './dto/cohort.dto';

const SORT = { startDate: 'c.start_date', name: 'c.name' } as const;
export const newFeedToken = () => randomBytes(24).toString('base64url');

/** Cohorts of the caller's school. */
@Injectable()
export class CohortsService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {}

  private get publicUrl(): string {
    return this.config.PUBLIC_URL.replace(/\/$/, '');
  }

  private query() {
    return this.db.tx
      .createQueryBuilder(Cohort, 'c')
      .innerJoin(CertificationVersion, 'v', 'v.id = c.version_id')
      .addSelect('v.code', 'version_code')
      .addSelect(
        (sub) => sub.select('count(*)::int').from(Trainee, 't').where('t.cohort_id = c.id AND t.status = :active'),
        'trainee_count',
      )
      .setParameter('active', TraineeStatus.Active);
  }

  private async toResponses(qb: ReturnType<CohortsService['query']>): Promise<CohortResponse[]> {
    const { entities, raw } = await qb.getRawAndEntities<{ version_code: string; trainee_count: number }>();
    return entities.map((c, i) =>
      CohortResponse.from(c, { versionCode: raw[i].version_code, traineeCount: raw[i].trainee_count, publicUrl: this.publicUrl }),
    );
  }

  async list(q: CohortQuery): Promise<[CohortResponse[], number]> {
    const qb = this.query();
    if (q.q) {
      const like = `%${q.q.replace(/[\\%_]/g, '\\$&')}%`;
      qb.andWhere(new Brackets((w) => w.where('c.name ILIKE :like', { like }).orWhere('c.place ILIKE :like', { like })));
    }
    if (q.format) qb.andWhere('c.format = :format', { format: q.format });
    if (q.activeOn) qb.andWhere(':day BETWEEN c.start_date AND c.end_date', { day: q.activeOn });
    const total = await qb.clone().getCount();
    qb.orderBy(SORT[q.sort], q.direction).addOrderBy('c.id').offset(q.skip).limit(q.pageSize);
    return [await this.toResponses(qb), total];
  }

  async get(id: string): Promise<CohortResponse> {
    const [found] = await this.toResponses(this.query().where('c.id = :id', { id }));
    if (!found) throw notFound('Session de formation');
    return found;
  }

  /** The cohort row, locked when asked (timetable changes serialise on it). */
  async entity(id: string, lock = false): Promise<Cohort> {
    const qb = this.db.tx.createQueryBuilder(Cohort, 'c').where('c.id = :id', { id });
    if (lock) qb.setLock('pessimistic_write');
    const cohort = await qb.getOne();
    if (!cohort) throw notFound('Session de formation');
    return cohort;
  }

  async create(input: CreateCohortRequest): Promise<CohortResponse> {
    assertDates(input.startDate, input.endDate);
    if (!(await this.db.tx.existsBy(CertificationVersion, { id: input.versionId }))) {
      throw new AppError(400, 'UNKNOWN_VERSION', 'Cette version de certification n’existe pas.', { versionId: ['version inconnue'] });
    }
    const cohort = await this.db.tx.save(
      this.db.tx.create(Cohort, { ...input, place: input.place ?? null, schoolId: this.db.schoolId!, icalToken: newFeedToken() }),
    );
    await this.audit.record({ entityType: 'cohort', entityId: cohort.id, action: 'cohort.created', after: { ...input } });
    return this.get(cohort.id);
  }

  /** Opens or closes the cohort to applications through the school's public form (audited). */
  async setApplicationsOpen(id: string, open: boolean): Promise<CohortResponse> {
    const cohort = await this.entity(id, true);
    if (cohort.applicationsOpen !== open) {
      await this.db.tx.update(Cohort, { id }, { applicationsOpen: open });
      await this.audit.record({
        entityType: 'cohort',
        entityId: id,
        action: open ? 'cohort.applications_opened' : 'cohort.applications_closed',
      });
    }
    return this.get(id);
  }

  /** A new secret for the cohort's calendar feed: the old URL stops working (audited). */
  async renewFeed(id: string): Promise<CohortResponse> {
    await this.entity(id, true);
    await this.db.tx.update(Cohort, { id }, { icalToken: newFeedToken() });
    await this.audit.record({ entityType: 'cohort', entityId: id, action: 'cohort.calendar_renewed' });
    return this.get(id);
  }

  async update(id: string, input: UpdateCohortRequest): Promise<CohortResponse> {
    const cohort = await this.entity(id, true);
    const before = {
      name: cohort.name,
      format: cohort.format,
      startDate: cohort.startDate,
      endDate: cohort.endDate,
      capacity: cohort.capacity,
      place: cohort.place,
    };
    const next = { ...before, ...input };
    assertDates(next.startDate, next.endDate);
    const outside = await this.db.tx.query(
      `SELECT count(*)::int AS n FROM course_sessions WHERE cohort_id = $1 AND (date < $2 OR date > $3)`,
      [id, next.startDate, next.endDate],
    );
    if (outside[0].n > 0) {
      throw new AppError(
        409,
        'SESSIONS_OUTSIDE_DATES',
        `${outside[0].n} séance(s) du planning tomberaient hors des nouvelles dates : déplacez-les d’abord.`,
      );
    }
    await this.db.tx.update(Cohort, { id }, input);
    await this.audit.record({ entityType: 'cohort', entityId: id, action: 'cohort.updated', before, after: next });
    return this.get(id);
  }
}

function assertDates(start: string, end: string): void {
  if (end < start) {
    throw new AppError(400, 'INVALID_DATE_RANGE', 'La date de fin doit être postérieure ou égale à la date de début.', {
      endDate: ['avant la date de début'],
    });
  }
}
