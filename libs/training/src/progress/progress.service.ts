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
import { ATTENDANCE_GROUPS_SQL, COHORT_TRAINEES_SQL, SESSION_TOTALS_SQL } from './progress.sql';

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
    const sessionTotals: DatedSessionTotal[] = await this.db.tx.query(SESSION_TOTALS_SQL, [cohort.id]);
    return { blocks: version.blocks ?? [], threshold: settings.absenceThresholdPercent, sessionTotals };
  }

  /** Attendance summed per trainee, block, status and ended flag: the database does the counting. */
  private async groups(cohortId: string, traineeId: string | null): Promise<Map<string, ModuleRecordGroup[]>> {
    const rows: GroupRow[] = await this.db.tx.query(ATTENDANCE_GROUPS_SQL, [cohortId, traineeId]);
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
    const trainees: Pick<Trainee, 'id' | 'lastName' | 'firstName' | 'joinedOn'>[] = await this.db.tx.query(COHORT_TRAINEES_SQL, [cohortId]);
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
