import { Injectable } from '@nestjs/common';
import { Brackets, EntityManager } from 'typeorm';
import { Account } from '../accounts/account.entity';
import { AccountStatus, Role } from '../accounts/role';
import { AuditService } from '../audit/audit.service';
import { TokenPurpose } from '../auth/account-token.entity';
import { AccountTokensService } from '../auth/account-tokens.service';
import { Db } from '../database/db.service';
import { conflict, notFound } from '../http/app-error';
import { CreateSchoolRequest, SchoolQuery, SchoolResponse, UpdateSchoolRequest } from './dto/school.dto';
import { School } from './school.entity';

const SORT = { createdAt: 's.created_at', name: 's.name' } as const;

/** Platform administration of schools (tenants): runs on the admin connection. */
@Injectable()
export class SchoolsService {
  constructor(
    private readonly db: Db,
    private readonly tokens: AccountTokensService,
    private readonly audit: AuditService,
  ) {}

  private query(m: EntityManager) {
    return m
      .createQueryBuilder(School, 's')
      .select(['s.id AS id', 's.name AS name', 's.slug AS slug', 's.created_at AS "createdAt"'])
      .addSelect((sub) => sub.select('count(*)::int').from(Account, 'a').where('a.school_id = s.id'), 'accountCount');
  }

  async list(q: SchoolQuery): Promise<[SchoolResponse[], number]> {
    const qb = this.query(this.db.admin);
    if (q.q) {
      const like = `%${q.q.replace(/[\\%_]/g, '\\$&')}%`;
      qb.andWhere(new Brackets((w) => w.where('s.name ILIKE :like', { like }).orWhere('s.slug ILIKE :like', { like })));
    }
    const total = await qb.clone().getCount();
    const rows = await qb
      .orderBy(SORT[q.sort], q.direction)
      .addOrderBy('s.id')
      .offset(q.skip)
      .limit(q.pageSize)
      .getRawMany<SchoolResponse>();
    return [rows, total];
  }

  async get(id: string, m: EntityManager = this.db.admin): Promise<SchoolResponse> {
    const row = await this.query(m).where('s.id = :id', { id }).getRawOne<SchoolResponse>();
    if (!row) throw notFound('École');
    return row;
  }

  /** Creates the school and invites its first administrator, in one transaction. */
  async create(input: CreateSchoolRequest): Promise<SchoolResponse> {
    return this.db.adminTransaction(async (m) => {
      if (await m.existsBy(School, { slug: input.slug })) throw conflict('SLUG_TAKEN', 'Une école utilise déjà cet identifiant.');
      if (await m.existsBy(Account, { email: input.adminEmail }))
        throw conflict('EMAIL_TAKEN', 'Un compte existe déjà avec cette adresse e-mail.');
      const school = await m.save(m.create(School, { name: input.name, slug: input.slug }));
      const admin = await m.save(
        m.create(Account, {
          schoolId: school.id,
          email: input.adminEmail,
          fullName: input.adminFullName,
          role: Role.SchoolAdmin,
          status: AccountStatus.Invited,
        }),
      );
      await this.tokens.issue(m, admin, TokenPurpose.Invitation, school.name);
      await this.audit.record(
        {
          schoolId: school.id,
          entityType: 'school',
          entityId: school.id,
          action: 'school.created',
          after: { name: school.name, slug: school.slug, adminEmail: admin.email },
        },
        m,
      );
      return this.get(school.id, m);
    });
  }

  async update(id: string, input: UpdateSchoolRequest): Promise<SchoolResponse> {
    return this.db.adminTransaction(async (m) => {
      const school = await m.findOneBy(School, { id });
      if (!school) throw notFound('École');
      const before = { name: school.name };
      await m.update(School, { id }, { name: input.name });
      await this.audit.record(
        { schoolId: id, entityType: 'school', entityId: id, action: 'school.updated', before, after: { name: input.name } },
        m,
      );
      return this.get(id, m);
    });
  }
}
