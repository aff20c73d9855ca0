import { Injectable } from '@nestjs/common';
import { Db } from '@app/platform';
import { RuleSettingsService } from '@app/referential';
import { AttemptRecord, JuryDecision } from '../rules/assessment';
import { PriorValidation } from '../rules/block-status.rules';
import { AttemptResult, attemptResult } from '../rules/attempt.rules';
import { Assessment } from '../assessments/assessment.entity';
import { BlockResultRule } from '../assessments/block-result-rule.entity';
import { ExamSession } from '../exam-sessions/exam-session.entity';
import { JuryDecisionRecord } from '../juries/jury-decision.entity';
import { Attempt } from './attempt.entity';
import { AttemptMark } from './mark.entity';
import { PriorBlockValidation } from './prior-validation.entity';
import { toEpreuve, toMarkSheet } from './mark-sheet';

/** A trainee's path at a block as the rules read it: attempts with their results, and the jury's decisions. */
export interface BlockRecords {
  attempts: AttemptRecord[];
  decisions: JuryDecision[];
}

/** Blocks validated before this path or by VAE, per trainee. */
export type PriorValidations = Map<string, PriorValidation[]>;

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

  /**
   * Attempts and decisions of each (trainee, block) pair asked, keyed `${traineeId}:${blockId}`; with `onlyTheseBlocks`,
   * of the blocks of `blockCodes` only (the reminder sweep reads 900 trainees of a school for one or two blocks).
   */
  async forTrainees(traineeIds: string[], blockCodes: Map<string, string>, onlyTheseBlocks = false): Promise<Map<string, BlockRecords>> {
    const records = new Map<string, BlockRecords>();
    if (traineeIds.length === 0) return records;
    const blocks = onlyTheseBlocks ? [...blockCodes.keys()] : null;
    const attempts = await this.db.tx
      .createQueryBuilder(Attempt, 'a')
      .innerJoinAndSelect('a.examSession', 's')
      .where('a.trainee_id = ANY(:ids)', { ids: traineeIds })
      .andWhere('(CAST(:blocks AS uuid[]) IS NULL OR a.block_id = ANY(:blocks))', { blocks })
      .orderBy('a.number')
      .getMany();
    const results = await this.results(attempts);
    const decisions = await this.db.tx
      .createQueryBuilder(JuryDecisionRecord, 'd')
      .innerJoinAndSelect('d.jurySession', 'j')
      .where('d.trainee_id = ANY(:ids)', { ids: traineeIds })
      .andWhere('(CAST(:blocks AS uuid[]) IS NULL OR d.block_id = ANY(:blocks))', { blocks })
      .orderBy('d.decided_at')
      .addOrderBy('d.id')
      .getMany();
    const numberOf = new Map(attempts.map((a) => [a.id, a.number]));
    const entry = (traineeId: string, blockId: string) => {
      const key = `${traineeId}:${blockId}`;
      if (!records.has(key)) records.set(key, { attempts: [], decisions: [] });
      return records.get(key)!;
    };
    for (const a of attempts) {
      entry(a.traineeId, a.blockId).attempts.push({
        number: a.number,
        sessionDate: a.examSession!.date,
        result: results.get(a.id)!.status,
      });
    }
    decisions.forEach((d, sequence) =>
      entry(d.traineeId, d.blockId).decisions.push({
        id: d.id,
        blockCode: blockCodes.get(d.blockId) ?? d.blockId,
        attemptNumber: numberOf.get(d.attemptId) ?? 0,
        proposal: d.proposal,
        outcome: d.outcome,
        comment: d.comment,
        supersedesId: d.supersedesId,
        correctionReason: d.correctionReason,
        decidedOn: d.jurySession!.date,
        sequence,
      }),
    );
    return records;
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
  async results(attempts: Attempt[]): Promise<Map<string, AttemptResult>> {
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
