import { Injectable } from '@nestjs/common';
import { Db } from '@app/platform';
import { AfgsuAttestationsService } from '@app/afgsu';
import { EnrolmentFilesService } from '@app/enrolment';
import { TutorEvaluationResultsService } from '@app/internship';
import { BlockKind, ReferentialService, RuleSettingsService } from '@app/referential';
import { ProgressService } from '@app/training';
import { JuryDecision } from '../rules/assessment';
import { currentDecision, decisionHistory, juryProposal } from '../rules/jury.rules';
import { certificationReadiness } from '../rules/readiness.rules';
import { AssessmentRecords, BlockRecords } from '../attempts/assessment-records.repository';
import { CertificationDecision } from '../certification/certification-decision.entity';
import { JurySession } from './jury-session.entity';
import { BlockLineResponse, DecisionResponse, JuryLineResponse } from './dto/jury.dto';

interface TraineeRow {
  id: string;
  first_name: string;
  last_name: string;
  cohort_id: string;
  cohort_name: string;
}

/**
 * The jury's page: one line per trainee with, for each competency block, the latest attempt, the rules' proposal, the
 * decision in force and its history, and the certification readiness on the jury date. A fixed number of statements,
 * whatever the number of trainees and of their cohorts.
 */
@Injectable()
export class JuryBoardService {
  constructor(
    private readonly db: Db,
    private readonly referential: ReferentialService,
    private readonly settings: RuleSettingsService,
    private readonly records: AssessmentRecords,
    private readonly afgsu: AfgsuAttestationsService,
    private readonly files: EnrolmentFilesService,
    private readonly progress: ProgressService,
    private readonly tutorEvaluations: TutorEvaluationResultsService,
  ) {}

  async lines(jury: JurySession, cohortId: string | undefined): Promise<JuryLineResponse[]> {
    const trainees: TraineeRow[] = await this.db.tx.query(
      `SELECT t.id, t.first_name, t.last_name, t.cohort_id, c.name AS cohort_name
         FROM trainees t JOIN cohorts c ON c.id = t.cohort_id
        WHERE c.version_id = $1 AND t.status = 'active'
          AND ($2::uuid IS NOT NULL AND t.cohort_id = $2::uuid OR $2::uuid IS NULL AND EXISTS (SELECT 1 FROM attempts a WHERE a.trainee_id = t.id))
        ORDER BY t.last_name, t.first_name, t.id`,
      [jury.versionId, cohortId ?? null],
    );
    const ids = trainees.map((t) => t.id);
    const blocks = (await this.referential.blocksOf(jury.versionId)).filter((b) => b.kind === BlockKind.Competency);
    const codes = new Map(blocks.map((b) => [b.id, b.code]));
    const records = await this.records.forTrainees(ids, codes);
    const prior = await this.records.priorValidations(ids, codes);
    const certified = new Map(
      (ids.length
        ? await this.db.tx.createQueryBuilder(CertificationDecision, 'c').where('c.trainee_id = ANY(:ids)', { ids }).getMany()
        : []
      ).map((c) => [c.traineeId, c.decidedOn]),
    );
    const afgsu = await this.afgsu.validOnForTrainees(ids, jury.date);
    const incomplete = await this.files.incomplete(ids);
    const evaluations = await this.tutorEvaluations.readiness(ids);
    const rules = await this.settings.settingsFor(jury.versionId);
    const ledgers = await this.progress.ledgersOf(ids);
    return trainees.map((t) => {
      const decisions: JuryDecision[] = blocks.flatMap((b) => records.get(`${t.id}:${b.id}`)?.decisions ?? []);
      const gate = afgsu.get(t.id)!;
      const hours = ledgers.get(t.id)?.totals ?? { attendedMinutes: 0, requiredMinutes: 0 };
      const readiness = certificationReadiness({
        blockCodes: blocks.map((b) => b.code),
        juryDate: jury.date,
        decisions,
        priorValidations: prior.get(t.id) ?? [],
        blockValidityYears: rules.blockValidityYears,
        afgsu: { afgsuValid: gate.valid, reason: gate.reason },
        hours: {
          attendedMinutes: hours.attendedMinutes,
          requiredMinutes: hours.requiredMinutes,
          allowedAbsencePercent: rules.absenceThresholdPercent,
        },
        tutorEvaluations: evaluations.get(t.id) ?? null,
        fileComplete: !incomplete.has(t.id),
      });
      return {
        traineeId: t.id,
        traineeName: `${t.last_name.toUpperCase()} ${t.first_name}`,
        cohortName: t.cohort_name,
        blocks: blocks.map((b) => blockLine(b.id, b.code, records.get(`${t.id}:${b.id}`))),
        readiness: { ready: readiness.ready, summary: readiness.summary, items: readiness.items },
        certifiedOn: certified.get(t.id) ?? null,
      };
    });
  }
}

function blockLine(blockId: string, blockCode: string, path: BlockRecords | undefined): BlockLineResponse {
  const attempts = path?.attempts ?? [];
  const latest = attempts.at(-1) ?? null;
  const proposal = juryProposal(attempts);
  const current = currentDecision(path?.decisions ?? []);
  return {
    blockId,
    blockCode,
    latestAttempt: latest?.number ?? null,
    latestResult: latest?.result ?? null,
    proposal: proposal.proposal,
    proposalReason: proposal.reason,
    decision: current ? decisionResponse(current) : null,
    history: decisionHistory(path?.decisions ?? []).map(decisionResponse),
  };
}

export function decisionResponse(d: JuryDecision): DecisionResponse {
  return {
    id: d.id,
    outcome: d.outcome,
    proposal: d.proposal,
    attemptNumber: d.attemptNumber,
    decidedOn: d.decidedOn,
    comment: d.comment,
    supersedesId: d.supersedesId,
    correctionReason: d.correctionReason,
  };
}
