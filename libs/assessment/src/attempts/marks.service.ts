import { Injectable } from '@nestjs/common';
import { AppError, AuditService, Db, RequestContext } from '@app/platform';
import { BlockTutorEvaluation, TutorEvaluationResultsService } from '@app/internship';
import { ReferentialService } from '@app/referential';
import { Mark } from '../rules/assessment';
import { validateMark } from '../rules/marks.rules';
import { Assessment } from '../assessments/assessment.entity';
import { assessmentResponse } from '../assessments/assessments.service';
import { ExamSessionsService } from '../exam-sessions/exam-sessions.service';
import { AssessmentRecords } from './assessment-records.repository';
import { Attempt } from './attempt.entity';
import { AttemptMark } from './mark.entity';
import { toEpreuve } from './mark-sheet';
import { MarkInput, MarksGridResponse } from './dto/marks.dto';

const cell = (m: AttemptMark | undefined): Mark | null => (m ? (m.absent ? 'absent' : m.value) : null);

/**
 * The marks grid of an exam session for a block: one line per trainee convened, one column per épreuve sitting. Staff
 * and trainers enter marks (0..maximum, or absent); each change is audited with before and after; a whole save is
 * refused, naming the cell, when one mark breaks a rule.
 */
@Injectable()
export class MarksService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
    private readonly context: RequestContext,
    private readonly referential: ReferentialService,
    private readonly sessions: ExamSessionsService,
    private readonly records: AssessmentRecords,
    private readonly tutorEvaluations: TutorEvaluationResultsService,
  ) {}

  private async scope(examSessionId: string, blockId: string) {
    const session = await this.sessions.entity(examSessionId);
    const block = (await this.referential.blocksOf(session.versionId)).find((b) => b.id === blockId);
    const assessments = await this.db.tx
      .createQueryBuilder(Assessment, 'e')
      .where('e.id = ANY(:ids)', { ids: session.assessmentIds })
      .andWhere('e.block_id = :blockId', { blockId })
      .orderBy('e.position')
      .getMany();
    if (!block || assessments.length === 0) {
      throw new AppError(400, 'BLOCK_NOT_IN_SESSION', 'Aucune épreuve de ce bloc n’a lieu pendant cette session d’examen.');
    }
    const attempts = await this.db.tx
      .createQueryBuilder(Attempt, 'a')
      .innerJoinAndSelect('a.trainee', 't')
      .where('a.exam_session_id = :examSessionId AND a.block_id = :blockId', { examSessionId, blockId })
      .orderBy('t.last_name')
      .addOrderBy('t.first_name')
      .addOrderBy('a.id')
      .getMany();
    return { session, block, assessments, attempts };
  }

  async grid(examSessionId: string, blockId: string): Promise<MarksGridResponse> {
    const { block, assessments, attempts } = await this.scope(examSessionId, blockId);
    const marks = attempts.length
      ? await this.db.tx
          .createQueryBuilder(AttemptMark, 'm')
          .where('m.attempt_id = ANY(:ids)', { ids: attempts.map((a) => a.id) })
          .getMany()
      : [];
    const results = await this.records.results(attempts);
    // With a tutor-evaluation épreuve, the examiner marks with the tutor's latest evaluation of the block in view.
    const tutor = assessments.some((e) => e.kind === 'tutor_evaluation')
      ? await this.tutorEvaluations.latestForBlock(
          attempts.map((a) => a.traineeId),
          blockId,
        )
      : new Map<string, BlockTutorEvaluation>();
    return {
      examSessionId,
      blockId,
      blockCode: block.code,
      assessments: assessments.map(assessmentResponse),
      rows: attempts.map((a) => {
        const r = results.get(a.id)!;
        return {
          attemptId: a.id,
          traineeId: a.traineeId,
          traineeName: `${a.trainee!.lastName.toUpperCase()} ${a.trainee!.firstName}`,
          number: a.number,
          marks: assessments.map((e) => ({
            assessmentId: e.id,
            mark: cell(marks.find((m) => m.attemptId === a.id && m.assessmentId === e.id)),
          })),
          result: { status: r.status, average: r.average, explanation: r.explanation },
          tutorEvaluation: tutor.get(a.traineeId) ?? null,
        };
      }),
    };
  }

  /** Saves marks of the grid (all or nothing); unchanged cells write nothing, each changed one is audited. */
  async save(examSessionId: string, blockId: string, input: MarkInput[]): Promise<MarksGridResponse> {
    const { assessments, attempts } = await this.scope(examSessionId, blockId);
    const existing = await this.db.tx
      .createQueryBuilder(AttemptMark, 'm')
      .where('m.attempt_id = ANY(:ids)', { ids: attempts.map((a) => a.id) })
      .setLock('pessimistic_write')
      .getMany();
    const errors: Record<string, string[]> = {};
    const changes: { attempt: Attempt; assessment: Assessment; before: Mark | null; after: Mark | null }[] = [];
    input.forEach((m, i) => {
      const attempt = attempts.find((a) => a.id === m.attemptId);
      const assessment = assessments.find((e) => e.id === m.assessmentId);
      const fail = (message: string) => (errors[`marks.${i}`] = [message]);
      if (!attempt) return fail('ce stagiaire n’est pas convoqué à ce bloc pour cette session');
      if (!assessment) return fail('cette épreuve n’a pas lieu pendant cette session pour ce bloc');
      const name = `${attempt.trainee!.firstName} ${attempt.trainee!.lastName}`;
      let after: Mark | null = null;
      if (m.mark !== null) {
        const check = validateMark(m.mark, toEpreuve(assessment));
        if (!check.ok) return fail(`${name}, « ${assessment.label} » : ${check.message}`);
        after = check.mark;
      }
      const before = cell(existing.find((x) => x.attemptId === attempt.id && x.assessmentId === assessment.id));
      if (before !== after) changes.push({ attempt, assessment, before, after });
    });
    const refused = Object.values(errors).flat();
    if (refused.length > 0) {
      throw new AppError(400, 'INVALID_MARKS', `Notes refusées, rien n’est enregistré : ${refused.join(' ; ')}.`, errors);
    }
    for (const c of changes) await this.write(c);
    return this.grid(examSessionId, blockId);
  }

  private async write(c: { attempt: Attempt; assessment: Assessment; before: Mark | null; after: Mark | null }): Promise<void> {
    const where = { attemptId: c.attempt.id, assessmentId: c.assessment.id };
    if (c.after === null) await this.db.tx.delete(AttemptMark, where);
    else {
      await this.db.tx.upsert(
        AttemptMark,
        {
          ...where,
          schoolId: c.attempt.schoolId,
          value: c.after === 'absent' ? null : c.after,
          absent: c.after === 'absent',
          enteredBy: this.context.caller?.accountId ?? null,
          enteredAt: new Date(),
        },
        ['attemptId', 'assessmentId'],
      );
    }
    await this.audit.record({
      entityType: 'mark',
      entityId: c.attempt.id,
      action: 'mark.changed',
      before: { assessmentId: c.assessment.id, mark: c.before },
      after: { assessmentId: c.assessment.id, mark: c.after, traineeId: c.attempt.traineeId },
    });
  }
}
