import { Injectable } from '@nestjs/common';
import { AppConfig, Db } from '@app/platform';
import { ReferentialBlock, ReferentialService, RuleSettingsService } from '@app/referential';
import { AttendanceStatus } from '../attendance/attendance-record.entity';
import { Cohort } from '../cohorts/cohort.entity';
import { CohortsService } from '../cohorts/cohorts.service';
import { PlansService } from '../plans/plans.service';
import { BlockLedger, computeLedger, LedgerSession, totals } from '../rules/ledger.rules';
import { Trainee } from '../trainees/trainee.entity';
import { TraineesService } from '../trainees/trainees.service';
import { BlockProgressResponse, CohortDashboardResponse, ProgressResponse } from './dto/progress.dto';

interface SessionRow {
  id: string;
  block_id: string;
  minutes: number;
  ended: boolean;
}
interface RecordRow {
  session_id: string;
  trainee_id: string;
  status: AttendanceStatus;
  attended_minutes: number | null;
}

/**
 * The hours ledger per trainee and block (required, scheduled, attended, excused, missed, remaining).
 * Both reads use a fixed number of statements, whatever the size of the cohort; the arithmetic is
 * the pure `computeLedger` rule.
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
    const [version, settings] = await Promise.all([
      this.referential.getVersion(cohort.versionId),
      this.settings.settingsFor(cohort.versionId),
    ]);
    const sessions: SessionRow[] = await this.db.tx.query(
      `SELECT id, block_id, minutes, ends_at <= now() AS ended FROM course_sessions WHERE cohort_id = $1`,
      [cohort.id],
    );
    return { blocks: version.blocks ?? [], threshold: settings.absenceThresholdPercent, sessions };
  }

  private ledgerOf(
    traineeId: string,
    blocks: ReferentialBlock[],
    exempted: Map<string, number> | undefined,
    sessions: SessionRow[],
    records: Map<string, RecordRow>,
    threshold: number,
  ) {
    const ledgerSessions: LedgerSession[] = sessions.map((s) => {
      const r = records.get(`${s.id}:${traineeId}`);
      return {
        blockId: s.block_id,
        minutes: s.minutes,
        ended: s.ended,
        status: r?.status ?? null,
        attendedMinutes: r?.attended_minutes ?? null,
      };
    });
    const ledger = computeLedger(
      blocks.map((b) => ({ blockId: b.id, plannedMinutes: b.plannedMinutes, exemptedMinutes: exempted?.get(b.id) ?? 0 })),
      ledgerSessions,
      threshold,
    );
    return { blocks: ledger.map((row, i) => withBlock(row, blocks[i])), totals: totals(ledger) };
  }

  private async records(where: string, params: unknown[]): Promise<Map<string, RecordRow>> {
    const rows: RecordRow[] = await this.db.tx.query(
      `SELECT r.session_id, r.trainee_id, r.status, r.attended_minutes FROM attendance_records r JOIN course_sessions s ON s.id = r.session_id WHERE ${where}`,
      params,
    );
    return new Map(rows.map((r) => [`${r.session_id}:${r.trainee_id}`, r]));
  }

  async forTrainee(traineeId: string): Promise<ProgressResponse> {
    const trainee = await this.trainees.get(traineeId);
    const cohort = await this.cohorts.entity(trainee.cohortId);
    const { blocks, threshold, sessions } = await this.context(cohort);
    const exempted = await this.plans.exemptedByBlock([traineeId]);
    const records = await this.records('r.trainee_id = $1 AND s.cohort_id = $2', [traineeId, cohort.id]);
    return {
      traineeId,
      lastName: trainee.lastName,
      firstName: trainee.firstName,
      cohortId: cohort.id,
      cohortName: cohort.name,
      absenceThresholdPercent: threshold,
      ...this.ledgerOf(traineeId, blocks, exempted.get(traineeId), sessions, records, threshold),
      icalUrl: `${this.config.PUBLIC_URL.replace(/\/$/, '')}/api/v1/ical/trainees/${trainee.icalToken}.ics`,
    };
  }

  async forCohort(cohortId: string): Promise<CohortDashboardResponse> {
    const cohort = await this.cohorts.entity(cohortId);
    const { blocks, threshold, sessions } = await this.context(cohort);
    const trainees: Pick<Trainee, 'id' | 'lastName' | 'firstName'>[] = await this.db.tx.query(
      `SELECT id, last_name AS "lastName", first_name AS "firstName" FROM trainees WHERE cohort_id = $1 AND status = 'active' ORDER BY last_name, first_name`,
      [cohortId],
    );
    const exempted = await this.plans.exemptedByBlock(trainees.map((t) => t.id));
    const records = await this.records('s.cohort_id = $1', [cohortId]);
    return {
      cohortId,
      cohortName: cohort.name,
      absenceThresholdPercent: threshold,
      blocks: blocks.map((b) => ({ blockId: b.id, code: b.code, title: b.title, kind: b.kind, plannedMinutes: b.plannedMinutes })),
      trainees: trainees.map((t) => ({
        traineeId: t.id,
        lastName: t.lastName,
        firstName: t.firstName,
        ...this.ledgerOf(t.id, blocks, exempted.get(t.id), sessions, records, threshold),
      })),
    };
  }
}

function withBlock(row: BlockLedger, block: ReferentialBlock): BlockProgressResponse {
  return { ...row, code: block.code, title: block.title, kind: block.kind };
}
