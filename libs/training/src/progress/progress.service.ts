import { Injectable } from '@nestjs/common';
import { AppConfig, Db } from '@app/platform';
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

interface GroupRow extends ModuleRecordGroup {
  traineeId: string;
}

interface Participant {
  id: string;
  joinedOn: string;
}

/**
 * The hours ledger per trainee and block (required, scheduled, attended, excused, missed, remaining).
 * Both reads use a fixed number of statements, whatever the size of the cohort; PostgreSQL sums the
 * minutes per block and status, and the pure `computeLedger` rule does the arithmetic on the sums.
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
  ) {}

  private async context(cohort: Cohort) {
    const version = await this.referential.getVersion(cohort.versionId);
    const settings = await this.settings.settingsFor(cohort.versionId);
    const sessionTotals: DatedSessionTotal[] = await this.db.tx.query(
      `SELECT to_char(date, 'YYYY-MM-DD') AS date, block_id AS "blockId", module_id AS "moduleId", ends_at <= now() AS ended,
              sum(minutes)::int AS minutes
       FROM course_sessions WHERE cohort_id = $1 GROUP BY 1, 2, 3, 4`,
      [cohort.id],
    );
    return { blocks: version.blocks ?? [], threshold: settings.absenceThresholdPercent, sessionTotals };
  }

  /** Attendance summed per trainee, block, status and ended flag: the database does the counting. */
  private async groups(cohortId: string, traineeId: string | null): Promise<Map<string, ModuleRecordGroup[]>> {
    const rows: GroupRow[] = await this.db.tx.query(
      `SELECT r.trainee_id AS "traineeId", s.block_id AS "blockId", s.module_id AS "moduleId", r.status, s.ends_at <= now() AS ended,
              sum(s.minutes)::int AS minutes, sum(least(coalesce(r.attended_minutes, s.minutes), s.minutes))::int AS "attendedMinutes"
       FROM attendance_records r
       JOIN course_sessions s ON s.id = r.session_id
       JOIN trainees t ON t.id = r.trainee_id AND t.cohort_id = s.cohort_id
       -- t.cohort_id repeated: under row-level security the planner cannot estimate the tenant filter,
       -- and without it walks every trainee of the school (measured: 134 ms instead of 14 ms).
       WHERE s.cohort_id = $1 AND t.cohort_id = $1 AND ($2::uuid IS NULL OR r.trainee_id = $2) AND s.date >= t.joined_on
       GROUP BY 1, 2, 3, 4, 5`,
      [cohortId, traineeId],
    );
    const byTrainee = new Map<string, ModuleRecordGroup[]>();
    for (const row of rows) {
      if (!byTrainee.has(row.traineeId)) byTrainee.set(row.traineeId, []);
      byTrainee.get(row.traineeId)!.push(row);
    }
    return byTrainee;
  }

  /** One trainee's ledger: their sessions (from the day they joined, outside full exemptions) and their records. */
  private ledgerOf(
    blocks: ReferentialBlock[],
    trainee: Participant,
    exemptions: PlanExemptionRow[],
    sessionTotals: DatedSessionTotal[],
    groups: ModuleRecordGroup[],
    threshold: number,
  ) {
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

  async forTrainee(traineeId: string): Promise<ProgressResponse> {
    const trainee = await this.trainees.get(traineeId);
    const cohort = await this.cohorts.entity(trainee.cohortId);
    const { blocks, threshold, sessionTotals } = await this.context(cohort);
    const exemptions = await this.plans.exemptionsOf([traineeId]);
    const groups = await this.groups(cohort.id, traineeId);
    return {
      traineeId,
      lastName: trainee.lastName,
      firstName: trainee.firstName,
      cohortId: cohort.id,
      cohortName: cohort.name,
      absenceThresholdPercent: threshold,
      ...this.ledgerOf(blocks, trainee, exemptions.get(traineeId) ?? [], sessionTotals, groups.get(traineeId) ?? [], threshold),
      icalUrl: `${this.config.PUBLIC_URL.replace(/\/$/, '')}/api/v1/ical/trainees/${trainee.icalToken}.ics`,
    };
  }

  async forCohort(cohortId: string): Promise<CohortDashboardResponse> {
    const cohort = await this.cohorts.entity(cohortId);
    const { blocks, threshold, sessionTotals } = await this.context(cohort);
    const trainees: Pick<Trainee, 'id' | 'lastName' | 'firstName' | 'joinedOn'>[] = await this.db.tx.query(
      `SELECT id, last_name AS "lastName", first_name AS "firstName", to_char(joined_on, 'YYYY-MM-DD') AS "joinedOn"
       FROM trainees WHERE cohort_id = $1 AND status = 'active' ORDER BY last_name, first_name`,
      [cohortId],
    );
    const exemptions = await this.plans.exemptionsOf(trainees.map((t) => t.id));
    const groups = await this.groups(cohortId, null);
    return {
      cohortId,
      cohortName: cohort.name,
      absenceThresholdPercent: threshold,
      blocks: blocks.map((b) => ({ blockId: b.id, code: b.code, title: b.title, kind: b.kind, plannedMinutes: b.plannedMinutes })),
      trainees: trainees.map((t) => ({
        traineeId: t.id,
        lastName: t.lastName,
        firstName: t.firstName,
        ...this.ledgerOf(blocks, t, exemptions.get(t.id) ?? [], sessionTotals, groups.get(t.id) ?? [], threshold),
      })),
    };
  }
}

function withBlock(row: BlockLedger, block: ReferentialBlock): BlockProgressResponse {
  return { ...row, code: block.code, title: block.title, kind: block.kind };
}
