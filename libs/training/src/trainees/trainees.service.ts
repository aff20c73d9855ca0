import { Injectable } from '@nestjs/common';
import { Brackets, In } from 'typeorm';
import { Account, AccountsService, AppError, AuditService, Caller, Db, errorsByLine, notFound, Role } from '@app/platform';
import { decodeCsv, parseTraineeCsv } from '../rules/trainee-csv.rules';
import { CohortsService, newFeedToken } from '../cohorts/cohorts.service';
import { AddTraineeRequest, TraineeQuery } from './dto/trainee.dto';
import { Trainee, TraineeStatus } from './trainee.entity';

const SORT = { lastName: 't.last_name', createdAt: 't.created_at' } as const;

/** Trainees of a cohort: each gets an account, invited by e-mail. */
@Injectable()
export class TraineesService {
  constructor(
    private readonly db: Db,
    private readonly cohorts: CohortsService,
    private readonly accounts: AccountsService,
    private readonly audit: AuditService,
  ) {}

  async list(cohortId: string, q: TraineeQuery): Promise<[Trainee[], number]> {
    await this.cohorts.entity(cohortId);
    const qb = this.db.tx.createQueryBuilder(Trainee, 't').where('t.cohort_id = :cohortId', { cohortId });
    if (q.q) {
      const like = `%${q.q.replace(/[\\%_]/g, '\\$&')}%`;
      qb.andWhere(
        new Brackets((w) =>
          w
            .where('t.last_name ILIKE :like', { like })
            .orWhere('t.first_name ILIKE :like', { like })
            .orWhere('t.email ILIKE :like', { like }),
        ),
      );
    }
    if (q.status) qb.andWhere('t.status = :status', { status: q.status });
    return qb
      .orderBy(SORT[q.sort], q.direction)
      .addOrderBy('t.first_name')
      .addOrderBy('t.id')
      .skip(q.skip)
      .take(q.pageSize)
      .getManyAndCount();
  }

  async get(id: string): Promise<Trainee> {
    const trainee = await this.db.tx.findOneBy(Trainee, { id });
    if (!trainee) throw notFound('Stagiaire');
    return trainee;
  }

  /** A new secret for the trainee's calendar feed (a link shared by mistake stops working). */
  async renewFeed(id: string): Promise<void> {
    await this.get(id);
    await this.db.tx.update(Trainee, { id }, { icalToken: newFeedToken() });
    await this.audit.record({ entityType: 'trainee', entityId: id, action: 'trainee.calendar_renewed' });
  }

  /** The trainee record of a logged-in trainee account. */
  async ofAccount(accountId: string): Promise<Trainee> {
    const trainee = await this.db.tx.findOneBy(Trainee, { accountId });
    if (!trainee) throw new AppError(404, 'NOT_A_TRAINEE', 'Aucun parcours de stagiaire n’est associé à votre compte.');
    return trainee;
  }

  /** Adds people to a cohort within its capacity; all or nothing. */
  async add(caller: Caller, cohortId: string, people: AddTraineeRequest[]): Promise<Trainee[]> {
    const cohort = await this.cohorts.entity(cohortId, true);
    const active = await this.db.tx.countBy(Trainee, { cohortId, status: TraineeStatus.Active });
    if (active + people.length > cohort.capacity) {
      throw new AppError(409, 'COHORT_FULL', `La session « ${cohort.name} » est complète (${active}/${cohort.capacity} stagiaires).`);
    }
    const created: Trainee[] = [];
    for (const p of people) {
      const joinedOn = p.joinedOn ?? cohort.startDate;
      if (joinedOn < cohort.startDate || joinedOn > cohort.endDate) {
        throw new AppError(400, 'JOINED_OUTSIDE_COHORT', 'La date d’entrée doit tomber entre le début et la fin de la session.', {
          joinedOn: ['hors des dates de la session'],
        });
      }
      const account = await this.accounts.invite(caller, { email: p.email, fullName: `${p.firstName} ${p.lastName}`, role: Role.Trainee });
      const trainee = await this.db.tx.save(
        this.db.tx.create(Trainee, {
          ...p,
          joinedOn,
          phone: p.phone ?? null,
          schoolId: cohort.schoolId,
          cohortId,
          accountId: account.id,
          icalToken: newFeedToken(),
        }),
      );
      await this.audit.record({ entityType: 'trainee', entityId: trainee.id, action: 'trainee.added', after: { cohortId, ...p } });
      created.push(trainee);
    }
    return created;
  }

  /**
   * Imports a CSV file (UTF-8 or Windows-1252, « ; » or « , »): every row is checked first, and a
   * file with any error imports nothing; the errors are reported per line.
   */
  async importCsv(caller: Caller, cohortId: string, bytes: Buffer): Promise<number> {
    if (!Buffer.isBuffer(bytes) || bytes.length === 0) {
      throw new AppError(400, 'CSV_EMPTY', 'Envoyez un fichier CSV (en-tête Content-Type: text/csv) non vide.');
    }
    const { rows, errors } = parseTraineeCsv(decodeCsv(bytes));
    const taken = rows.length
      ? await this.db.admin.find(Account, { select: { email: true }, where: { email: In(rows.map((r) => r.email)) } })
      : [];
    const takenSet = new Set(taken.map((a) => a.email));
    for (const r of rows)
      if (takenSet.has(r.email)) errors.push({ line: r.line, field: 'email', message: `Un compte existe déjà avec l’adresse ${r.email}.` });
    if (rows.length === 0 && errors.length === 0) errors.push({ line: 2, message: 'Le fichier ne contient aucun stagiaire.' });
    if (errors.length) {
      throw new AppError(
        422,
        'CSV_REJECTED',
        `Le fichier contient ${errors.length} erreur(s) : aucun stagiaire n’a été importé.`,
        errorsByLine(errors),
      );
    }
    const created = await this.add(
      caller,
      cohortId,
      rows.map((r) => ({ lastName: r.lastName, firstName: r.firstName, email: r.email, phone: r.phone })),
    );
    return created.length;
  }

  async withdraw(id: string, reason: string): Promise<Trainee> {
    const trainee = await this.get(id);
    if (trainee.status === TraineeStatus.Withdrawn) return trainee;
    // Their calendar link stops too (a new secret nobody holds).
    await this.db.tx.update(Trainee, { id }, { status: TraineeStatus.Withdrawn, icalToken: newFeedToken() });
    await this.audit.record({
      entityType: 'trainee',
      entityId: id,
      action: 'trainee.withdrawn',
      before: { status: trainee.status },
      after: { status: TraineeStatus.Withdrawn },
      reason,
    });
    return { ...trainee, status: TraineeStatus.Withdrawn };
  }
}
