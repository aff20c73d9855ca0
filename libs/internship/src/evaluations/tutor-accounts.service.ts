import { Injectable } from '@nestjs/common';
import { AccountsService, AppError, AuditService, Db, Role } from '@app/platform';
import { Tutor } from '../tutors/tutor.entity';
import { TutorAccountResponse } from './dto/tutor-evaluation.dto';

/**
 * A tutor may activate an account of their own (role tutor) to find all their evaluations in one place: the account is
 * invited with the tutor's e-mail in the tutor's school (the usual invitation e-mail, to choose a password).
 */
@Injectable()
export class TutorAccountsService {
  constructor(
    private readonly db: Db,
    private readonly accounts: AccountsService,
    private readonly audit: AuditService,
  ) {}

  /** Refused with 409 when the tutor already has an account or the e-mail belongs to another account. */
  async activate(tutorId: string): Promise<TutorAccountResponse> {
    const tutor = await this.db.tx.findOne(Tutor, { where: { id: tutorId }, lock: { mode: 'pessimistic_write' } });
    if (!tutor) throw new AppError(404, 'NOT_FOUND', 'Tuteur introuvable.');
    if (tutor.accountId !== null) {
      throw new AppError(409, 'TUTOR_HAS_ACCOUNT', 'Vous avez déjà un compte tuteur : connectez-vous avec votre adresse e-mail.');
    }
    const account = await this.accounts.invite(
      { schoolId: tutor.schoolId },
      { email: tutor.email, fullName: `${tutor.firstName} ${tutor.lastName}`, role: Role.Tutor },
    );
    await this.db.tx.update(Tutor, { id: tutor.id }, { accountId: account.id });
    await this.audit.record({
      entityType: 'tutor',
      entityId: tutor.id,
      action: 'tutor.account_activated',
      before: { accountId: null },
      after: { accountId: account.id },
    });
    return { email: account.email, invited: true };
  }

  /** The tutor row of a tutor account (404 when the account is no tutor's). */
  async ofAccount(accountId: string): Promise<Tutor> {
    const tutor = await this.db.tx.findOneBy(Tutor, { accountId });
    if (!tutor) throw new AppError(404, 'NOT_A_TUTOR', 'Aucun tuteur n’est associé à votre compte.');
    return tutor;
  }
}
