import { Injectable } from '@nestjs/common';
import { Db, School } from '@app/platform';
import { parisDate } from '@app/platform/time/paris-time';
import { BlockKind, ReferentialService, RuleSettingsService } from '@app/referential';
import { CohortsService, ProgressService, TraineesService } from '@app/training';
import { OUTCOME_LABELS } from '../rules/assessment';
import { BlockStatus, blockStatus } from '../rules/block-status.rules';
import { AssessmentRecords } from '../attempts/assessment-records.repository';
import { CertificationDecision } from '../certification/certification-decision.entity';
import { JuryDecisionRecord } from '../juries/jury-decision.entity';
import { JurySession } from '../juries/jury-session.entity';
import { Letterhead, letterheadOf } from './pdf/letterhead';

/** What a trainee's documents print: identity, training, blocks (acquired or not) and hours per block. */
export interface TraineeDocumentData {
  school: Letterhead;
  traineeName: string;
  cohortName: string;
  startDate: string;
  endDate: string;
  certificationTitle: string;
  blocks: { code: string; title: string; status: BlockStatus; requiredMinutes: number; attendedMinutes: number }[];
  otherAttendedMinutes: number;
  requiredMinutes: number;
  attendedMinutes: number;
  certifiedOn: string | null;
}

/** What a jury's PV prints: the jury, each decision taken there, and the CQP awarded there. */
export interface JuryPvData {
  school: Letterhead;
  certificationTitle: string;
  date: string;
  president: string;
  members: string[];
  decisions: {
    traineeName: string;
    blockCode: string;
    outcome: string;
    proposal: string | null;
    comment: string | null;
    correction: string | null;
  }[];
  certified: string[];
}

/** Gathers, inside a school's transaction, the data the generated documents print. */
@Injectable()
export class DocumentDataService {
  constructor(
    private readonly db: Db,
    private readonly referential: ReferentialService,
    private readonly settings: RuleSettingsService,
    private readonly trainees: TraineesService,
    private readonly cohorts: CohortsService,
    private readonly progress: ProgressService,
    private readonly records: AssessmentRecords,
  ) {}

  private async letterhead(): Promise<Letterhead> {
    return letterheadOf(await this.db.tx.findOneByOrFail(School, { id: this.db.schoolId! }));
  }

  async trainee(traineeId: string): Promise<TraineeDocumentData> {
    const trainee = await this.trainees.get(traineeId);
    const cohort = await this.cohorts.entity(trainee.cohortId);
    const version = await this.referential.getVersion(cohort.versionId);
    const competency = (version.blocks ?? []).filter((b) => b.kind === BlockKind.Competency);
    const codes = new Map(competency.map((b) => [b.id, b.code]));
    const records = await this.records.forTrainees([traineeId], codes);
    const prior = (await this.records.priorValidations([traineeId], codes)).get(traineeId) ?? [];
    const { blockValidityYears } = await this.settings.settingsFor(cohort.versionId);
    const ledger = await this.progress.forTrainee(traineeId);
    const today = parisDate(new Date());
    const certified = await this.db.tx.findOneBy(CertificationDecision, { traineeId });
    return {
      school: await this.letterhead(),
      traineeName: `${trainee.firstName} ${trainee.lastName}`,
      cohortName: cohort.name,
      startDate: trainee.joinedOn > cohort.startDate ? trainee.joinedOn : cohort.startDate,
      endDate: cohort.endDate,
      certificationTitle: version.title,
      blocks: competency.map((b) => {
        const line = ledger.blocks.find((l) => l.blockId === b.id);
        const decisions = records.get(`${traineeId}:${b.id}`)?.decisions ?? [];
        return {
          code: b.code,
          title: b.title,
          status: blockStatus({ blockCode: b.code, decisions, priorValidations: prior, onDate: today, blockValidityYears }),
          requiredMinutes: line?.requiredMinutes ?? 0,
          attendedMinutes: line?.attendedMinutes ?? 0,
        };
      }),
      otherAttendedMinutes: ledger.blocks.filter((l) => l.kind !== BlockKind.Competency).reduce((s, l) => s + l.attendedMinutes, 0),
      requiredMinutes: ledger.totals.requiredMinutes,
      attendedMinutes: ledger.totals.attendedMinutes,
      certifiedOn: certified?.decidedOn ?? null,
    };
  }

  async jury(jurySessionId: string): Promise<JuryPvData> {
    const jury = await this.db.tx.findOneByOrFail(JurySession, { id: jurySessionId });
    const version = await this.referential.getVersion(jury.versionId);
    const codes = new Map((version.blocks ?? []).map((b) => [b.id, b.code]));
    const decisions = await this.db.tx
      .createQueryBuilder(JuryDecisionRecord, 'd')
      .innerJoinAndSelect('d.trainee', 't')
      .where('d.jury_session_id = :jurySessionId', { jurySessionId })
      .orderBy('t.last_name')
      .addOrderBy('t.first_name')
      .addOrderBy('d.decided_at')
      .getMany();
    const certified = await this.db.tx
      .createQueryBuilder(CertificationDecision, 'c')
      .innerJoin('trainees', 't', 't.id = c.trainee_id')
      .select(["t.first_name || ' ' || t.last_name AS name"])
      .where('c.jury_session_id = :jurySessionId', { jurySessionId })
      .orderBy('t.last_name')
      .getRawMany<{ name: string }>();
    return {
      school: await this.letterhead(),
      certificationTitle: version.title,
      date: jury.date,
      president: jury.president,
      members: jury.members,
      decisions: decisions.map((d) => ({
        traineeName: `${d.trainee!.lastName.toUpperCase()} ${d.trainee!.firstName}`,
        blockCode: codes.get(d.blockId) ?? '',
        outcome: OUTCOME_LABELS[d.outcome],
        proposal: d.proposal ? OUTCOME_LABELS[d.proposal] : null,
        comment: d.comment,
        correction: d.correctionReason,
      })),
      certified: certified.map((c) => c.name),
    };
  }
}
