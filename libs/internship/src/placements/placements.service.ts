import { Injectable } from '@nestjs/common';
import { AppError, AuditService, Db, notFound, ReminderEvents } from '@app/platform';
import { CohortsService, TraineesService } from '@app/training';
import { checkPlacement } from '../rules/placement.rules';
import { HostSitesService } from '../host-sites/host-sites.service';
import { EvaluationScheduleService } from '../evaluations/evaluation-schedule.service';
import { TutorHostSite } from '../tutors/tutor-host-site.entity';
import { ConventionsRepository } from '../conventions/conventions.repository';
import type { ConventionStatus } from '../rules/convention.rules';
import { Placement } from './placement.entity';
import { PlacementQuery, PlacementRequest, PlacementResponse } from './dto/placement.dto';

/**
 * Placements: refused, with the rule named, when they overlap another placement of the trainee, fall outside the
 * cohort's dates, would put the host site over its capacity, or name a tutor who does not work there. Audited.
 */
@Injectable()
export class PlacementsService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
    private readonly trainees: TraineesService,
    private readonly cohorts: CohortsService,
    private readonly sites: HostSitesService,
    private readonly conventions: ConventionsRepository,
    private readonly evaluationSchedule: EvaluationScheduleService,
    private readonly reminders: ReminderEvents,
  ) {}

  async list(q: PlacementQuery): Promise<[PlacementResponse[], number]> {
    const qb = this.query().orderBy('p.start_on', 'DESC').addOrderBy('p.id');
    if (q.traineeId) qb.andWhere('p.trainee_id = :traineeId', { traineeId: q.traineeId });
    if (q.hostSiteId) qb.andWhere('p.host_site_id = :hostSiteId', { hostSiteId: q.hostSiteId });
    if (q.tutorId) qb.andWhere('p.tutor_id = :tutorId', { tutorId: q.tutorId });
    if (q.cohortId) qb.andWhere('tr.cohort_id = :cohortId', { cohortId: q.cohortId });
    if (q.activeOn) qb.andWhere(':day BETWEEN p.start_on AND p.end_on', { day: q.activeOn });
    const [rows, total] = await qb.skip(q.skip).take(q.pageSize).getManyAndCount();
    const statuses = await this.conventions.latestStatuses(rows.map((p) => p.id));
    return [rows.map((p) => placementResponse(p, statuses.get(p.id) ?? null)), total];
  }

  private query() {
    return this.db.tx
      .createQueryBuilder(Placement, 'p')
      .innerJoinAndSelect('p.trainee', 'tr')
      .innerJoinAndSelect('p.hostSite', 'h')
      .innerJoinAndSelect('p.tutor', 'tu');
  }

  async get(id: string): Promise<PlacementResponse> {
    const placement = await this.query().where('p.id = :id', { id }).getOne();
    if (!placement) throw notFound('Stage');
    return placementResponse(placement, (await this.conventions.latestStatuses([id])).get(id) ?? null);
  }

  async create(input: PlacementRequest): Promise<PlacementResponse> {
    const saved = await this.db.tx.save(
      this.db.tx.create(Placement, { ...(await this.checked(null, input)), schoolId: this.db.schoolId! }),
    );
    await this.audit.record({ entityType: 'placement', entityId: saved.id, action: 'placement.created', after: { ...input } });
    await this.evaluationSchedule.placementSaved(saved.id, null);
    await this.reminders.changed();
    return this.get(saved.id);
  }

  async update(id: string, input: PlacementRequest): Promise<PlacementResponse> {
    const before = await this.get(id);
    await this.db.tx.update(Placement, { id }, await this.checked(id, input));
    await this.audit.record({ entityType: 'placement', entityId: id, action: 'placement.updated', before, after: { ...input } });
    await this.evaluationSchedule.placementSaved(id, before);
    await this.reminders.changed();
    return this.get(id);
  }

  /** The placement's fields once every rule holds (locks the host site and the trainee against concurrent requests). */
  private async checked(id: string | null, input: PlacementRequest): Promise<Partial<Placement>> {
    const trainee = await this.trainees.get(input.traineeId);
    const cohort = await this.cohorts.entity(trainee.cohortId);
    const site = await this.sites.entity(input.hostSiteId);
    if (!(await this.db.tx.existsBy(TutorHostSite, { tutorId: input.tutorId, hostSiteId: site.id }))) {
      throw new AppError(400, 'TUTOR_NOT_AT_SITE', 'Ce tuteur n’exerce pas dans ce lieu de stage.', {
        tutorId: ['tuteur d’un autre lieu'],
      });
    }
    for (const key of [`placements:site:${site.id}`, `placements:trainee:${trainee.id}`].sort()) {
      await this.db.tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [key]);
    }
    const periods = (where: Pick<Partial<Placement>, 'traineeId' | 'hostSiteId'>) =>
      this.db.tx.find(Placement, { where, select: { id: true, startOn: true, endOn: true } });
    const check = checkPlacement(
      {
        id: id ?? '',
        traineeId: trainee.id,
        hostSiteId: site.id,
        startOn: input.startOn,
        endOn: input.endOn,
        plannedHours: input.plannedHours,
      },
      {
        traineePlacements: await periods({ traineeId: trainee.id }),
        cohort,
        hostSite: site,
        hostSitePlacements: await periods({ hostSiteId: site.id }),
      },
    );
    if (!check.ok) throw new AppError(check.code === 'PLACEMENT_END_BEFORE_START' ? 400 : 409, check.code, check.message);
    return { ...input, objectives: input.objectives ?? [] };
  }
}

function placementResponse(p: Placement, conventionStatus: ConventionStatus | null): PlacementResponse {
  return {
    id: p.id,
    traineeId: p.traineeId,
    traineeName: `${p.trainee!.firstName} ${p.trainee!.lastName}`,
    hostSiteId: p.hostSiteId,
    hostSiteName: p.hostSite!.name,
    tutorId: p.tutorId,
    tutorName: `${p.tutor!.firstName} ${p.tutor!.lastName}`,
    type: p.type,
    startOn: p.startOn,
    endOn: p.endOn,
    plannedHours: p.plannedHours,
    objectives: p.objectives,
    conventionStatus,
    startedAt: p.startedAt,
  };
}
