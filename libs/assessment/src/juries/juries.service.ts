import { Injectable } from '@nestjs/common';
import { AppError, AuditService, Db, notFound, RequestContext } from '@app/platform';
import { AfgsuAttestationsService } from '@app/afgsu';
import { BlockKind, ReferentialService } from '@app/referential';
import { TraineesService } from '@app/training';
import { AFGSU_BLOCK_CODE } from '../rules/assessment';
import { checkDecision, currentDecision, juryProposal } from '../rules/jury.rules';
import { AssessmentRecords } from '../attempts/assessment-records.repository';
import { Attempt } from '../attempts/attempt.entity';
import { CertificationDecision } from '../certification/certification-decision.entity';
import { JuryDecisionRecord } from './jury-decision.entity';
import { JuryBoardService } from './jury-board.service';
import { JurySession } from './jury-session.entity';
import { CreateJurySessionRequest, DecideRequest, JuryBoardResponse, JurySessionQuery, JurySessionResponse } from './dto/jury.dto';

const REFUSAL_STATUS: Record<string, number> = { OVERRIDE_WITHOUT_COMMENT: 400, CORRECTION_WITHOUT_REASON: 400 };

/**
 * Jury sessions and their decisions per trainee and block: proposed by the rules from the attempts, confirmed or
 * overridden with a comment; BC04 validated only with an AFGSU valid on the jury date; never edited, corrected by a new
 * decision with a reason.
 */
@Injectable()
export class JuriesService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
    private readonly context: RequestContext,
    private readonly referential: ReferentialService,
    private readonly trainees: TraineesService,
    private readonly records: AssessmentRecords,
    private readonly afgsu: AfgsuAttestationsService,
    private readonly board: JuryBoardService,
  ) {}

  async list(q: JurySessionQuery): Promise<[JurySessionResponse[], number]> {
    const [sessions, total] = await this.db.tx.findAndCount(JurySession, {
      order: { date: 'DESC', id: 'ASC' },
      skip: q.skip,
      take: q.pageSize,
    });
    const ids = sessions.map((s) => s.id);
    const counts: { jury_session_id: string; n: number }[] = ids.length
      ? await this.db.tx.query(
          `SELECT jury_session_id, count(*)::int AS n FROM jury_decisions WHERE jury_session_id = ANY($1::uuid[]) GROUP BY 1`,
          [ids],
        )
      : [];
    return [sessions.map((s) => summary(s, counts.find((c) => c.jury_session_id === s.id)?.n ?? 0)), total];
  }

  async create(input: CreateJurySessionRequest): Promise<JurySessionResponse> {
    await this.referential.getVersion(input.versionId);
    const jury = await this.db.tx.save(this.db.tx.create(JurySession, { ...input, schoolId: this.db.schoolId! }));
    await this.audit.record({ entityType: 'jury_session', entityId: jury.id, action: 'jury_session.created', after: { ...input } });
    return summary(jury, 0);
  }

  private async entity(id: string): Promise<JurySession> {
    const jury = await this.db.tx.findOneBy(JurySession, { id });
    if (!jury) throw notFound('Jury');
    return jury;
  }

  async get(id: string, cohortId?: string): Promise<JuryBoardResponse> {
    const jury = await this.entity(id);
    const decisionCount = await this.db.tx.countBy(JuryDecisionRecord, { jurySessionId: id });
    return { ...summary(jury, decisionCount), lines: await this.board.lines(jury, cohortId) };
  }

  /** Records the jury's decision on a block for a trainee (or a correction of the one in force), checked by the rules. */
  async decide(id: string, input: DecideRequest): Promise<JuryBoardResponse> {
    const jury = await this.entity(id);
    const trainee = await this.trainees.get(input.traineeId);
    const block = (await this.referential.blocksOf(jury.versionId)).find((b) => b.id === input.blockId && b.kind === BlockKind.Competency);
    if (!block)
      throw new AppError(400, 'UNKNOWN_BLOCK', 'Ce bloc de compétences n’appartient pas à la certification de ce jury.', {
        blockId: ['bloc inconnu'],
      });
    await this.db.tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`decision:${trainee.id}:${block.id}`]);
    const path = (await this.records.forTrainees([trainee.id], new Map([[block.id, block.code]]))).get(`${trainee.id}:${block.id}`) ?? {
      attempts: [],
      decisions: [],
    };
    const gate = block.code === AFGSU_BLOCK_CODE ? await this.afgsu.validOn(trainee.id, jury.date) : null;
    const check = checkDecision(
      juryProposal(path.attempts),
      {
        blockCode: block.code,
        outcome: input.outcome,
        decidedOn: jury.date,
        comment: input.comment ?? null,
        correctionReason: input.correctionReason ?? null,
      },
      { current: currentDecision(path.decisions), afgsu: gate ? { afgsuValid: gate.valid, reason: gate.reason } : undefined },
    );
    if (!check.ok) throw new AppError(REFUSAL_STATUS[check.code] ?? 409, check.code, check.message);
    const attempt = await this.db.tx.findOneByOrFail(Attempt, { traineeId: trainee.id, blockId: block.id, number: check.attemptNumber });
    const decision = await this.db.tx.save(
      this.db.tx.create(JuryDecisionRecord, {
        schoolId: jury.schoolId,
        jurySessionId: id,
        traineeId: trainee.id,
        blockId: block.id,
        attemptId: attempt.id,
        proposal: check.proposal,
        outcome: input.outcome,
        comment: check.comment,
        supersedesId: check.supersedesId,
        correctionReason: check.correctionReason,
        decidedBy: this.context.caller?.accountId ?? null,
        decidedAt: new Date(),
      }),
    );
    const replaced = check.supersedesId ? path.decisions.find((d) => d.id === check.supersedesId) : undefined;
    await this.audit.record({
      entityType: 'jury_decision',
      entityId: decision.id,
      action: check.supersedesId ? 'jury_decision.corrected' : 'jury_decision.recorded',
      // A correction is a new decision: its « before » is the decision it replaces, as it was.
      before: replaced
        ? {
            decisionId: replaced.id,
            attempt: replaced.attemptNumber,
            proposal: replaced.proposal,
            outcome: replaced.outcome,
            comment: replaced.comment,
            decidedOn: replaced.decidedOn,
          }
        : null,
      after: {
        traineeId: trainee.id,
        blockCode: block.code,
        attempt: check.attemptNumber,
        proposal: check.proposal,
        outcome: input.outcome,
        override: check.override,
      },
      reason: check.correctionReason ?? check.comment,
    });
    return this.get(id, trainee.cohortId);
  }

  /** Awards the CQP to a trainee whose readiness checklist is complete on the jury date (never twice, never edited). */
  async certify(id: string, traineeId: string): Promise<JuryBoardResponse> {
    const jury = await this.entity(id);
    const trainee = await this.trainees.get(traineeId);
    await this.db.tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`certification:${trainee.id}`]);
    const line = (await this.board.lines(jury, trainee.cohortId)).find((l) => l.traineeId === trainee.id);
    if (!line) throw new AppError(409, 'TRAINEE_NOT_FOR_THIS_JURY', 'Ce stagiaire ne suit pas la version de la certification de ce jury.');
    if (line.certifiedOn) throw new AppError(409, 'ALREADY_CERTIFIED', `Le CQP a déjà été décerné (jury du ${line.certifiedOn}).`);
    if (!line.readiness.ready) {
      throw new AppError(409, 'CERTIFICATION_NOT_READY', `Certification impossible : ${refusalOf(line.readiness.items)}.`);
    }
    const decision = await this.db.tx.save(
      this.db.tx.create(CertificationDecision, {
        schoolId: jury.schoolId,
        traineeId: trainee.id,
        jurySessionId: id,
        decidedOn: jury.date,
        readiness: line.readiness.items,
        decidedBy: this.context.caller?.accountId ?? null,
        decidedAt: new Date(),
      }),
    );
    await this.audit.record({
      entityType: 'certification_decision',
      entityId: decision.id,
      action: 'certification.awarded',
      after: { traineeId: trainee.id, decidedOn: jury.date, readiness: line.readiness.items },
    });
    return this.get(id, trainee.cohortId);
  }
}

function refusalOf(items: { ok: boolean; label: string; detail: string }[]): string {
  return items
    .filter((i) => !i.ok)
    .map((i) => `${i.label} : ${i.detail}`)
    .join(' ; ');
}

function summary(j: JurySession, decisionCount: number): JurySessionResponse {
  return { id: j.id, versionId: j.versionId, date: j.date, president: j.president, members: j.members, decisionCount };
}
