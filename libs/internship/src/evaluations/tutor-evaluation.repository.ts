import { Injectable } from '@nestjs/common';
import { SelectQueryBuilder } from 'typeorm';
import { Db, notFound } from '@app/platform';
import { TutorEvaluation } from './tutor-evaluation.entity';

/** Reading tutor evaluations with their placement, trainee, host site and tutor (one statement each). */
@Injectable()
export class TutorEvaluationRepository {
  constructor(private readonly db: Db) {}

  private query(): SelectQueryBuilder<TutorEvaluation> {
    return this.db.tx
      .createQueryBuilder(TutorEvaluation, 'e')
      .innerJoinAndSelect('e.placement', 'p')
      .innerJoinAndSelect('p.trainee', 'tr')
      .innerJoinAndSelect('p.hostSite', 'h')
      .innerJoinAndSelect('p.tutor', 'tu');
  }

  /**
   * One evaluation with its placement; with `tutorAccountId`, only when the placement's tutor is that account (any
   * other id is a 404, as if it did not exist). `lock` locks the evaluation row against concurrent saves.
   */
  async withPlacement(id: string, options: { tutorAccountId?: string; lock?: boolean } = {}): Promise<TutorEvaluation> {
    const qb = this.query().where('e.id = :id', { id });
    if (options.tutorAccountId) qb.andWhere('tu.account_id = :account', { account: options.tutorAccountId });
    if (options.lock) qb.setLock('pessimistic_write', undefined, ['e']);
    const evaluation = await qb.getOne();
    if (!evaluation) throw notFound('Évaluation');
    return evaluation;
  }

  /** The evaluations of a placement, by due date. */
  ofPlacement(placementId: string): Promise<TutorEvaluation[]> {
    return this.db.tx.find(TutorEvaluation, { where: { placementId }, order: { dueOn: 'ASC', id: 'ASC' } });
  }

  /** The evaluations of the placements a tutor account supervises, newest due date first. */
  ofTutorAccount(accountId: string): Promise<TutorEvaluation[]> {
    return this.query().where('tu.account_id = :accountId', { accountId }).orderBy('e.due_on', 'DESC').addOrderBy('e.id').getMany();
  }

  /** The evaluations of the placements of `traineeIds`, with their placement, by due date. */
  ofTrainees(traineeIds: string[]): Promise<TutorEvaluation[]> {
    if (traineeIds.length === 0) return Promise.resolve([]);
    return this.query().where('p.trainee_id = ANY(:traineeIds)', { traineeIds }).orderBy('e.due_on').addOrderBy('e.id').getMany();
  }
}
