import { Injectable } from '@nestjs/common';
import { Db } from '@app/platform';
import { RuleSettingsService } from '@app/referential';
import { AttemptDate, AttemptRecord, JuryDecision } from '../rules/assessment';
import { PriorValidation } from '../rules/block-status.rules';
import { AttemptResult, attemptResult } from '../rules/attempt.rules';
import { Assessment } from '../assessments/assessment.entity';
import { BlockResultRule } from '../assessments/block-result-rule.entity';
import { ExamSession } from '../exam-sessions/exam-session.entity';
import { Attempt } from './attempt.entity';
import { AttemptMark } from './mark.entity';
import { PriorBlockValidation } from './prior-validation.entity';
import { toEpreuve, toMarkSheet } from './mark-sheet';

/** A trainee's path at a block as the rules read it: attempts with their results, and the jury's decisions. */
export interface BlockRecords {
  attempts: AttemptRecord[];
  decisions: JuryDecision[];
}

/** A trainee's path at a block as the retake rules read it: attempts' numbers and dates, and the jury's decisions. */
export interface DatedPath {
  attempts: AttemptDate[];
  decisions: JuryDecision[];
}

/** Blocks validated before this path or by VAE, per trainee. */
export type PriorValidations = Map<string, PriorValidation[]>;

/** An attempt as read for the paths (plain rows, no entities: the reminder sweep reads 30,000 of them at scale). */
type AttemptRow = Pick<Attempt, 'id' | 'traineeId' | 'blockId' | 'number' | 'examSessionId'> & { sessionDate: string };

/**
 * Reads attempts, marks and decisions and turns them into the plain data of the assessment rules, for many trainees
 * and blocks at once (a fixed number of statements).
 */
@Injectable()
export class AssessmentRecords {
  constructor(
    private readonly db: Db,
    private readonly settings: RuleSettingsService,
  ) {}

  /** Attempts (with their results) and decisions of each (trainee, block) pair of the trainees, keyed `${traineeId}:${blockId}`. */
  async forTrainees(traineeIds: string[], blockCodes: Map<string, string>): Promise<Map<string, BlockRecords>> {
    const { attempts, paths } = await this.paths(traineeIds, blockCodes, false);
    const results = await this.results(attempts);
    const records = new Map<string, BlockRecords>();
    for (const [key, path] of paths) {
      records.set(key, {
        attempts: path.attempts.map(({ id, number, sessionDate }) => ({ number, sessionDate, result: results.get(id)!.status })),
        decisions: path.decisions,
      });
    }
    return records;
  }

  /**
   * Attempts' numbers and dates and decisions of each (trainee, block) pair of the blocks of `blockCodes`, keyed
   * `${traineeId}:${blockId}`: what the retake rules read, without the marks (two statements; the retake reminders read
   * 900 trainees a school).
   */
  async datedPaths(traineeIds: string[], blockCodes: Map<string, string>): Promise<Map<string, DatedPath>> {
    const { paths } = await this.paths(traineeIds, blockCodes, true);
    return new Map(
      [...paths].map(([key, p]) => [
        key,
        { attempts: p.attempts.map(({ number, sessionDate }) => ({ number, sessionDate })), decisions: p.decisions },
      ]),
    );
  }

  private async paths(traineeIds: string[], blockCodes: Map<string, string>, onlyTheseBlocks: boolean) {
    const paths = new Map<string, { attempts: (AttemptDate & { id: string })[]; decisions: JuryDecision[] }>();
    if (traineeIds.length === 0) return { attempts: [] as AttemptRow[], paths };
    const blocks = onlyTheseBlocks ? [...blockCodes.keys()] : null;
    const attempts: AttemptRow[] = await this.db.tx.query(
      `SELECT a.id, a.trainee_id AS "traineeId", a.block_id AS "blockId", a.number, a.exam_session_id AS "examSessionId",
              s.date::text AS "sessionDate"
         FROM attempts a JOIN exam_sessions s ON s.id = a.exam_session_id
        WHERE a.trainee_id = ANY($1) AND ($2::uuid[] IS NULL OR a.block_id = ANY($2))
        ORDER BY a.number`,
      [traineeIds, blocks],
    );
    const decisions: (Omit<JuryDecision, 'blockCode' | 'attemptNumber' | 'sequence'> & {
      traineeId: string;
      blockId: string;
      attemptId: string;
    })[] = await this.db.tx.query(
      `SELECT d.id, d.trainee_id AS "traineeId", d.block_id AS "blockId", d.attempt_id AS "attemptId", d.proposal, d.outcome,
                d.comment, d.supersedes_id AS "supersedesId", d.correction_reason AS "correctionReason", j.date::text AS "decidedOn"
           FROM jury_decisions d JOIN jury_sessions j ON j.id = d.jury_session_id
          WHERE d.trainee_id = ANY($1) AND ($2::uuid[] IS NULL OR d.block_id = ANY($2))
          ORDER BY d.decided_at, d.id`,
      [traineeIds, blocks],
    );
    const numberOf = new Map(attempts.map((a) => [a.id, a.number]));
    const entry = (traineeId: string, blockId: string) => {
      const key = `${traineeId}:${blockId}`;
      if (!paths.has(key)) paths.set(key, { attempts: [], decisions: [] });
      return paths.get(key)!;
    };
    for (const a of attempts) entry(a.traineeId, a.blockId).attempts.push({ id: a.id, number: a.number, sessionDate: a.sessionDate });
    decisions.forEach(({ traineeId, blockId, attemptId, ...d }, sequence) =>
      entry(traineeId, blockId).decisions.push({
        ...d,
        blockCode: blockCodes.get(blockId) ?? blockId,
        attemptNumber: numberOf.get(attemptId) ?? 0,
        sequence,
      }),
    );
    return { attempts, paths };
  }

  /** The prior validations of each trainee (earlier path, VAE), blocks named by code. One statement. */
  async priorValidations(traineeIds: string[], blockCodes: Map<string, string>): Promise<PriorValidations> {
    const rows = traineeIds.length
      ? await this.db.tx.createQueryBuilder(PriorBlockValidation, 'p').where('p.trainee_id = ANY(:traineeIds)', { traineeIds }).getMany()
      : [];
    const byTrainee: PriorValidations = new Map();
    for (const r of rows) {
      const code = blockCodes.get(r.blockId);
      if (code)
        byTrainee.set(r.traineeId, [
          ...(byTrainee.get(r.traineeId) ?? []),
          { blockCode: code, source: r.source, validatedOn: r.validatedOn },
        ]);
    }
    return byTrainee;
  }

  /** The result of each attempt from its marks, the épreuves of its block sitting in its session, and the block's rule. */
  async results(attempts: Pick<Attempt, 'id' | 'examSessionId' | 'blockId'>[]): Promise<Map<string, AttemptResult>> {
    const results = new Map<string, AttemptResult>();
    if (attempts.length === 0) return results;
    const sessionIds = [...new Set(attempts.map((a) => a.examSessionId))];
    const sessions = new Map(
      (await this.db.tx.createQueryBuilder(ExamSession, 's').where('s.id = ANY(:sessionIds)', { sessionIds }).getMany()).map((s) => [
        s.id,
        s,
      ]),
    );
    const assessmentIds = [...new Set([...sessions.values()].flatMap((s) => s.assessmentIds))];
    const assessments = await this.db.tx
      .createQueryBuilder(Assessment, 'e')
      .where('e.id = ANY(:assessmentIds)', { assessmentIds })
      .getMany();
    const attemptIds = attempts.map((a) => a.id);
    const marks = new Map<string, AttemptMark[]>(attemptIds.map((id) => [id, []]));
    for (const m of await this.db.tx
      .createQueryBuilder(AttemptMark, 'm')
      .where('m.attempt_id = ANY(:attemptIds)', { attemptIds })
      .getMany()) {
      marks.get(m.attemptId)!.push(m);
    }
    const rules = await this.db.tx.find(BlockResultRule);
    const passMarks = new Map<string, number>();
    for (const versionId of new Set([...sessions.values()].map((s) => s.versionId))) {
      passMarks.set(versionId, (await this.settings.settingsFor(versionId)).passMark);
    }
    for (const a of attempts) {
      const session = sessions.get(a.examSessionId)!;
      const epreuves = assessments.filter((e) => e.blockId === a.blockId && session.assessmentIds.includes(e.id)).map(toEpreuve);
      const rule = rules.find((r) => r.blockId === a.blockId && r.versionId === session.versionId)?.rule ?? 'weighted_average';
      // Grouped by attempt beforehand: filtering all the marks for each attempt took 10 % of the reminder sweep at scale.
      const sheet = toMarkSheet(marks.get(a.id)!);
      results.set(a.id, attemptResult(epreuves, sheet, rule, passMarks.get(session.versionId)));
    }
    return results;
  }
}
