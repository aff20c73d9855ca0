import { Injectable } from '@nestjs/common';
import { AppConfig, Computed, Db, ReadCache, RequestContext } from '@app/platform';
import { ReferentialBlock, ReferentialService, RuleSettingsService } from '@app/referential';
import { Cohort } from '../cohorts/cohort.entity';
import { CohortsService } from '../cohorts/cohorts.service';
import { PlansService } from '../plans/plans.service';
import { ledgerSessionsFromGroups } from '../rules/ledger-groups.rules';
import { DatedSessionTotal, fullyExempted, ModuleRecordGroup, PlanExemptionRow, traineeScope } from '../rules/ledger-scope.rules';
import { BlockLedger, computeLedger, totals } from '../rules/ledger.rules';
import { Trainee } from '../trainees/trainee.entity';
import { TraineesService } from '../trainees/trainees.service';
import { BlockProgressResponse, CohortDashboardResponse, ProgressResponse } from './dto/progress.dto';
import { ATTENDANCE_GROUPS_SQL, COHORT_TRAINEES_SQL, SESSION_TOTALS_SQL } from './progress.sql';

interface GroupRow extends ModuleRecordGroup {
  traineeId: string;
}

interface Participant {
  id: string;
  cohortId: string;
  joinedOn: string;
}

/**
 * What the ledgers of a cohort's trainees need: its blocks, its absence threshold and its session minutes; and when
 * its next session ends (the ledgers change then by themselves).
 */
interface CohortContext {
  blocks: ReferentialBlock[];
  threshold: number;
  sessionTotals: DatedSessionTotal[];
  nextEnd: Date | null;
}

type SessionTotalRow = DatedSessionTotal & { cohortId: string; firstEnd: Date };

/** A trainee's ledger: per block, and in total. */
export type TraineeLedger = Pick<ProgressResponse, 'blocks' | 'totals'>;

/**
 * The hours ledger per trainee and block (required, scheduled, attended, excused, missed, remaining).
 * Every read uses a fixed number of statements, whatever the number of trainees and of their cohorts;
 * PostgreSQL sums the minutes per block and status, and the pure `computeLedger` rule does the
 * arithmetic on the sums. A trainee's progress and a cohort's dashboard are kept in the read cache, tagged with the
 * cohort and the school: any change to the cohort's trainees, sessions, attendance or exemptions, or to the school's
 * settings, makes them stale (migration ReadChangeNotifications), and so does the end of the cohort's next session.
 */
@Injectable()
export class ProgressService {
  constructor(
    private readonly db: Db,
    private readonly trainees: TraineesService,
    private readonly cohorts: CohortsService,
    private readonly referential: ReferentialService,
    private readonly settings: RuleSettingsService,
    private readonly plans: PlansService,
    private readonly config: AppConfig,
    private readonly cache: ReadCache,
    private readonly context: RequestContext,
  ) {}

  /**
   * The blocks, threshold and session minutes of `cohorts`: one statement for the sessions of them all, and the
   * settings of each certification version they follow (two versions exist; the referential is kept in memory).
   */
  private async contexts(cohorts: Pick<Cohort, 'id' | 'versionId'>[]): Promise<Map<string, CohortContext>> {
    const versions = new Map<string, Pick<CohortContext, 'blocks' | 'threshold'>>();
    for (const versionId of new Set(cohorts.map((c) => c.versionId))) {
      const version = await this.referential.getVersion(versionId);
      const settings = await this.settings.settingsFor(versionId);
      versions.set(versionId, { blocks: version.blocks ?? [], threshold: settings.absenceThresholdPercent });
    }
    const rows: SessionTotalRow[] = await this.db.tx.query(SESSION_TOTALS_SQL, [cohorts.map((c) => c.id)]);
    const totals = new Map<string, DatedSessionTotal[]>();
    const nextEnds = new Map<string, Date>();
    for (const { cohortId, firstEnd, ...total } of rows) {
      totals.set(cohortId, [...(totals.get(cohortId) ?? []), total]);
      const next = nextEnds.get(cohortId);
      if (!total.ended && (!next || firstEnd < next)) nextEnds.set(cohortId, firstEnd);
    }
    return new Map(
      cohorts.map((c) => [
        c.id,
        { ...versions.get(c.versionId)!, sessionTotals: totals.get(c.id) ?? [], nextEnd: nextEnds.get(c.id) ?? null },
      ]),
    );
  }

  /** `compute`, in the school's transaction, through the read cache (a platform administrator's reads are not kept). */
  private cached<T>(key: string, compute: () => Promise<Computed<T>>): Promise<T> {
    const schoolId = this.db.schoolId ?? this.context.caller?.schoolId ?? null;
    const inSchool = () => this.db.withinSchool(schoolId, compute);
    if (!schoolId) return inSchool().then((c) => c.value);
    return this.cache.read(`${schoolId}:${key}`, inSchool);
  }

  /** Attendance summed per trainee, block, status and ended flag: the database does the counting. */
  private async groups(cohortIds: string[], traineeIds: string[] | null): Promise<Map<string, ModuleRecordGroup[]>> {
    const rows: GroupRow[] = await this.db.tx.query(ATTENDANCE_GROUPS_SQL, [cohortIds, traineeIds]);
    const byTrainee = new Map<string, ModuleRecordGroup[]>();
    for (const row of rows) {
      if (!byTrainee.has(row.traineeId)) byTrainee.set(row.traineeId, []);
      byTrainee.get(row.traineeId)!.push(row);
    }
    return byTrainee;
  }

  /**
   * The ledgers of `trainees`, of the cohorts of `contexts`, by trainee id; `all`: they are every active trainee of
   * those cohorts (the records are then read by cohort only).
   */
  private async ledgers(trainees: Participant[], contexts: Map<string, CohortContext>, all = false): Promise<Map<string, TraineeLedger>> {
    const ids = trainees.map((t) => t.id);
    const exemptions = await this.plans.exemptionsOf(ids);
    const groups = await this.groups([...contexts.keys()], all ? null : ids);
    return new Map(
      trainees.map((t) => {
        const { blocks, threshold, sessionTotals } = contexts.get(t.cohortId)!;
        return [t.id, ledgerOf(blocks, t, exemptions.get(t.id) ?? [], sessionTotals, groups.get(t.id) ?? [], threshold)];
      }),
    );
  }

  /** A trainee's progress (read cache: works with or without an open transaction). */
  forTrainee(traineeId: string): Promise<ProgressResponse> {
    return this.cached(`progress:${traineeId}`, () => this.computeForTrainee(traineeId));
  }

  /** A cohort's dashboard (read cache: works with or without an open transaction). */
  forCohort(cohortId: string): Promise<CohortDashboardResponse> {
    return this.cached(`dashboard:${cohortId}`, () => this.computeForCohort(cohortId));
  }

  private async computeForTrainee(traineeId: string): Promise<Computed<ProgressResponse>> {
    const trainee = await this.trainees.get(traineeId);
    const cohort = await this.cohorts.entity(trainee.cohortId);
    const contexts = await this.contexts([cohort]);
    const ledger = (await this.ledgers([trainee], contexts)).get(traineeId)!;
    const value = {
      traineeId,
      lastName: trainee.lastName,
      firstName: trainee.firstName,
      cohortId: cohort.id,
      cohortName: cohort.name,
      absenceThresholdPercent: contexts.get(cohort.id)!.threshold,
      ...ledger,
      icalUrl: `${this.config.PUBLIC_URL.replace(/\/$/, '')}/api/v1/ical/trainees/${trainee.icalToken}.ics`,
    };
    return { value, ...this.dependencies(cohort, contexts) };
  }

  private async computeForCohort(cohortId: string): Promise<Computed<CohortDashboardResponse>> {
    const cohort = await this.cohorts.entity(cohortId);
    const contexts = await this.contexts([cohort]);
    const { blocks, threshold } = contexts.get(cohortId)!;
    const trainees: (Participant & Pick<Trainee, 'lastName' | 'firstName'>)[] = await this.db.tx.query(COHORT_TRAINEES_SQL, [cohortId]);
    const ledgers = await this.ledgers(trainees, contexts, true);
    const value = {
      cohortId,
      cohortName: cohort.name,
      absenceThresholdPercent: threshold,
      blocks: blocks.map((b) => ({ blockId: b.id, code: b.code, title: b.title, kind: b.kind, plannedMinutes: b.plannedMinutes })),
      trainees: trainees.map((t) => ({ traineeId: t.id, lastName: t.lastName, firstName: t.firstName, ...ledgers.get(t.id)! })),
    };
    return { value, ...this.dependencies(cohort, contexts) };
  }

  /** What a cohort's ledgers depend on: its data, its school's settings, and the end of its next session. */
  private dependencies(cohort: Cohort, contexts: Map<string, CohortContext>): Omit<Computed<unknown>, 'value'> {
    return { tags: [`c:${cohort.id}`, `s:${cohort.schoolId}`], until: contexts.get(cohort.id)!.nextEnd };
  }

  /** The ledgers of trainees of any cohorts, by trainee id (the jury's readiness checklist reads their totals). */
  async ledgersOf(traineeIds: string[]): Promise<Map<string, TraineeLedger>> {
    if (!traineeIds.length) return new Map();
    const trainees: (Participant & { versionId: string })[] = await this.db.tx.query(
      `SELECT t.id, t.cohort_id AS "cohortId", to_char(t.joined_on, 'YYYY-MM-DD') AS "joinedOn", c.version_id AS "versionId"
       FROM trainees t JOIN cohorts c ON c.id = t.cohort_id WHERE t.id = ANY($1)`,
      [traineeIds],
    );
    const cohorts = new Map(trainees.map((t) => [t.cohortId, { id: t.cohortId, versionId: t.versionId }]));
    return this.ledgers(trainees, await this.contexts([...cohorts.values()]));
  }
}

/** One trainee's ledger: their sessions (from the day they joined, outside full exemptions) and their records. */
function ledgerOf(
  blocks: ReferentialBlock[],
  trainee: Pick<Participant, 'joinedOn'>,
  exemptions: PlanExemptionRow[],
  sessionTotals: DatedSessionTotal[],
  groups: ModuleRecordGroup[],
  threshold: number,
): TraineeLedger {
  const exemptedMinutes = (blockId: string) => exemptions.filter((e) => e.blockId === blockId).reduce((s, e) => s + e.minutes, 0);
  const shape = blocks.map((b) => ({ id: b.id, plannedMinutes: b.plannedMinutes, modules: b.modules ?? [] }));
  const scope = traineeScope({ joinedOn: trainee.joinedOn, exempted: fullyExempted(shape, exemptions) }, sessionTotals, groups);
  const ledger = computeLedger(
    blocks.map((b) => ({ blockId: b.id, plannedMinutes: b.plannedMinutes, exemptedMinutes: exemptedMinutes(b.id) })),
    ledgerSessionsFromGroups(scope.totals, scope.groups),
    threshold,
  );
  return { blocks: ledger.map((row, i) => withBlock(row, blocks[i])), totals: totals(ledger) };
}

function withBlock(row: BlockLedger, block: ReferentialBlock): BlockProgressResponse {
  return { ...row, code: block.code, title: block.title, kind: block.kind };
}
