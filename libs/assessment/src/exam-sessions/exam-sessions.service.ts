import { Injectable } from '@nestjs/common';
import { AppError, AuditService, Db, MailService, notFound, ReminderEvents, School } from '@app/platform';
import { frenchDate } from '@app/platform/time/date-labels';
import { parisDate } from '@app/platform/time/paris-time';
import { ReferentialService, RuleSettingsService } from '@app/referential';
import { CohortsService, Trainee, TraineeStatus } from '@app/training';
import { blockStatus } from '../rules/block-status.rules';
import { checkRetake } from '../rules/retake.rules';
import { Assessment } from '../assessments/assessment.entity';
import { assessmentResponse } from '../assessments/assessments.service';
import { AssessmentRecords } from '../attempts/assessment-records.repository';
import { Attempt } from '../attempts/attempt.entity';
import { letterheadOf } from '../documents/pdf/letterhead';
import { ConvocationData } from './convocation.pdf';
import { ExamSession } from './exam-session.entity';
import {
  ConvenedResponse,
  CreateExamSessionRequest,
  ExamSessionDetailResponse,
  ExamSessionQuery,
  ExamSessionResponse,
} from './dto/exam-session.dto';

/** Exam sessions (sittings of épreuves) and the convocation of trainees to them, each one an attempt at a block. */
@Injectable()
export class ExamSessionsService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
    private readonly mail: MailService,
    private readonly referential: ReferentialService,
    private readonly settings: RuleSettingsService,
    private readonly cohorts: CohortsService,
    private readonly records: AssessmentRecords,
    private readonly reminders: ReminderEvents,
  ) {}

  async list(q: ExamSessionQuery): Promise<[ExamSessionResponse[], number]> {
    const qb = this.db.tx
      .createQueryBuilder(ExamSession, 's')
      .orderBy('s.date', q.when === 'upcoming' ? 'ASC' : 'DESC')
      .addOrderBy('s.id');
    const today = parisDate(new Date());
    if (q.when === 'upcoming') qb.where('s.date >= :today', { today });
    if (q.when === 'past') qb.where('s.date < :today', { today });
    const [sessions, total] = await qb.skip(q.skip).take(q.pageSize).getManyAndCount();
    const ids = sessions.map((s) => s.id);
    const counts: { exam_session_id: string; n: number }[] = ids.length
      ? await this.db.tx.query(
          `SELECT exam_session_id, count(*)::int AS n FROM attempts WHERE exam_session_id = ANY($1::uuid[]) GROUP BY 1`,
          [ids],
        )
      : [];
    return [sessions.map((s) => summary(s, counts.find((c) => c.exam_session_id === s.id)?.n ?? 0)), total];
  }

  async create(input: CreateExamSessionRequest): Promise<ExamSessionDetailResponse> {
    await this.referential.getVersion(input.versionId);
    const found = await this.db.tx.createQueryBuilder(Assessment, 'e').where('e.id = ANY(:ids)', { ids: input.assessmentIds }).getMany();
    const usable = found.filter((e) => e.versionId === input.versionId && e.active);
    if (usable.length !== input.assessmentIds.length) {
      throw new AppError(
        400,
        'UNKNOWN_ASSESSMENT',
        'Une épreuve choisie n’existe pas, est retirée ou appartient à une autre version de la certification.',
        {
          assessmentIds: ['épreuve inconnue'],
        },
      );
    }
    const session = await this.db.tx.save(this.db.tx.create(ExamSession, { ...input, schoolId: this.db.schoolId! }));
    await this.audit.record({ entityType: 'exam_session', entityId: session.id, action: 'exam_session.created', after: { ...input } });
    await this.reminders.changed();
    return this.get(session.id);
  }

  async entity(id: string): Promise<ExamSession> {
    const session = await this.db.tx.findOneBy(ExamSession, { id });
    if (!session) throw notFound('Session d’examen');
    return session;
  }

  async get(id: string): Promise<ExamSessionDetailResponse> {
    const session = await this.entity(id);
    const assessments = await this.db.tx
      .createQueryBuilder(Assessment, 'e')
      .where('e.id = ANY(:ids)', { ids: session.assessmentIds })
      .orderBy('e.position')
      .getMany();
    const attempts = await this.db.tx
      .createQueryBuilder(Attempt, 'a')
      .innerJoinAndSelect('a.trainee', 't')
      .where('a.exam_session_id = :id', { id })
      .orderBy('t.last_name')
      .addOrderBy('t.first_name')
      .addOrderBy('a.id')
      .getMany();
    const codes = await this.blockCodes(session.versionId);
    return {
      ...summary(session, attempts.length),
      assessments: assessments.map(assessmentResponse),
      convened: attempts.map((a) => convened(a, codes.get(a.blockId) ?? '')),
    };
  }

  /** What the convocation of an attempt prints (the attempt must be of this school; a trainee may read only theirs). */
  async convocation(attemptId: string, traineeId?: string): Promise<ConvocationData> {
    const attempt = await this.db.tx.findOne(Attempt, { where: { id: attemptId }, relations: { trainee: true, examSession: true } });
    if (!attempt || (traineeId && attempt.traineeId !== traineeId)) throw notFound('Convocation');
    const session = attempt.examSession!;
    const block = (await this.referential.blocksOf(session.versionId)).find((b) => b.id === attempt.blockId)!;
    const epreuves = await this.db.tx
      .createQueryBuilder(Assessment, 'e')
      .where('e.id = ANY(:ids)', { ids: session.assessmentIds })
      .andWhere('e.block_id = :blockId', { blockId: attempt.blockId })
      .orderBy('e.position')
      .getMany();
    const school = await this.db.tx.findOneByOrFail(School, { id: session.schoolId });
    return {
      school: letterheadOf(school),
      traineeName: `${attempt.trainee!.firstName} ${attempt.trainee!.lastName}`,
      sessionName: session.name,
      date: session.date,
      startTime: session.startTime,
      place: session.place,
      blockCode: block.code,
      blockTitle: block.title,
      attemptNumber: attempt.number,
      epreuves: epreuves.map((e) => ({ label: e.label, maxMark: e.maxMark })),
    };
  }

  private async blockCodes(versionId: string): Promise<Map<string, string>> {
    return new Map((await this.referential.blocksOf(versionId)).map((b) => [b.id, b.code]));
  }

  /**
   * Convenes trainees to sit a block at this session: each gets attempt n + 1 at the block when the retake rules allow
   * it (maximum attempts, window, block not already validated, previous attempt decided), and a convocation e-mail.
   * All or nothing: one trainee refused refuses the whole request, naming them and the rule.
   */
  async convene(id: string, blockId: string, traineeIds: string[]): Promise<ExamSessionDetailResponse> {
    const session = await this.entity(id);
    const codes = await this.blockCodes(session.versionId);
    const blockCode = codes.get(blockId);
    const sitting = await this.db.tx
      .createQueryBuilder(Assessment, 'e')
      .where('e.id = ANY(:ids)', { ids: session.assessmentIds })
      .andWhere('e.block_id = :blockId', { blockId })
      .getMany();
    if (!blockCode || sitting.length === 0) {
      throw new AppError(400, 'BLOCK_NOT_IN_SESSION', 'Aucune épreuve de ce bloc n’a lieu pendant cette session d’examen.', {
        blockId: ['bloc absent de la session'],
      });
    }
    const trainees = await this.db.tx.createQueryBuilder(Trainee, 't').where('t.id = ANY(:traineeIds)', { traineeIds }).getMany();
    if (trainees.length !== traineeIds.length) throw notFound('Stagiaire');
    await this.db.tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`attempts:${blockId}`]);
    const settings = await this.settings.settingsFor(session.versionId);
    const records = await this.records.forTrainees(traineeIds, codes);
    const prior = await this.records.priorValidations(traineeIds, codes);
    const already = new Set((await this.db.tx.findBy(Attempt, { examSessionId: id, blockId })).map((a) => a.traineeId));
    const versions = new Map<string, string>();
    for (const cohortId of new Set(trainees.map((t) => t.cohortId)))
      versions.set(cohortId, (await this.cohorts.entity(cohortId)).versionId);
    const created: Attempt[] = [];
    for (const trainee of trainees) {
      const name = `${trainee.firstName} ${trainee.lastName}`;
      if (trainee.status !== TraineeStatus.Active || versions.get(trainee.cohortId) !== session.versionId) {
        throw new AppError(
          409,
          'TRAINEE_NOT_ELIGIBLE_FOR_SESSION',
          `${name} ne suit pas cette version de la certification ou n’est plus en formation.`,
        );
      }
      const path = records.get(`${trainee.id}:${blockId}`) ?? { attempts: [], decisions: [] };
      if (already.has(trainee.id)) {
        throw new AppError(409, 'ALREADY_CONVENED', `${name} est déjà convoqué(e) au bloc ${blockCode} à cette session.`);
      }
      const earlier = blockStatus({
        blockCode,
        decisions: [],
        priorValidations: prior.get(trainee.id) ?? [],
        onDate: session.date,
        blockValidityYears: settings.blockValidityYears,
      });
      if (earlier.acquired) throw new AppError(409, 'BLOCK_ALREADY_VALIDATED', `${name} : ${earlier.detail}`);
      const check = checkRetake({ blockCode, attempts: path.attempts, decisions: path.decisions, settings, newSessionDate: session.date });
      if (!check.ok) throw new AppError(409, check.code, `${name} : ${check.message}`);
      created.push(
        this.db.tx.create(Attempt, {
          schoolId: session.schoolId,
          traineeId: trainee.id,
          blockId,
          number: check.attemptNumber,
          examSessionId: id,
          convenedAt: new Date(),
        }),
      );
    }
    await this.db.tx.save(created);
    for (const attempt of created) {
      const trainee = trainees.find((t) => t.id === attempt.traineeId)!;
      await this.audit.record({
        entityType: 'attempt',
        entityId: attempt.id,
        action: 'attempt.convened',
        after: { traineeId: trainee.id, blockCode, number: attempt.number, examSessionId: id },
      });
      await this.mail.compose({
        key: `convocation:${attempt.id}`,
        schoolId: session.schoolId,
        to: trainee.email,
        subject: `Convocation : ${blockCode}, le ${frenchDate(session.date)}`,
        text: [
          `Bonjour ${trainee.firstName} ${trainee.lastName},`,
          `Vous êtes convoqué(e) à la session d’examen « ${session.name} » le ${frenchDate(session.date)} à ${session.startTime.replace(':', ' h ')}, ${session.place}.`,
          `Bloc ${blockCode}${attempt.number > 1 ? ` (passage n° ${attempt.number}, rattrapage)` : ''} : ${sitting.map((e) => e.label).join(', ')}.`,
          'Présentez-vous quinze minutes avant le début avec une pièce d’identité. Votre convocation au format PDF est dans votre espace, page « Mes résultats ».',
        ].join('\n\n'),
      });
    }
    return this.get(id);
  }
}

function summary(s: ExamSession, convenedCount: number): ExamSessionResponse {
  return { id: s.id, versionId: s.versionId, name: s.name, date: s.date, startTime: s.startTime, place: s.place, convenedCount };
}

function convened(a: Attempt, blockCode: string): ConvenedResponse {
  return {
    attemptId: a.id,
    traineeId: a.traineeId,
    traineeName: `${a.trainee!.firstName} ${a.trainee!.lastName}`,
    blockId: a.blockId,
    blockCode,
    number: a.number,
    convenedAt: a.convenedAt,
  };
}
