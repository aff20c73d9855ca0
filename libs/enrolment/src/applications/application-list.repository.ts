import { Injectable } from '@nestjs/common';
import { Brackets, SelectQueryBuilder } from 'typeorm';
import { Db } from '@app/platform';
import { ReferentialService, RuleSettingsService } from '@app/referential';
import { Cohort } from '@app/training/cohorts/cohort.entity';
import { STATUS_LABELS } from '../rules/application-status.rules';
import { Application } from './application.entity';
import { ApplicationFilters, ApplicationQuery, ApplicationSummaryResponse } from './dto/application.dto';

const SORT = { createdAt: 'a.created_at', lastName: 'a.last_name' } as const;
/** At most this many lines in one export. */
export const EXPORT_LIMIT = 10_000;

/**
 * Eligibility by rule (checkEligibility), in SQL: any diploma that opens admission, or enough years as a medical
 * secretary for the version of the intake (`:years` maps version ids to the school's setting). An integration test
 * checks it against the rule.
 */
const ELIGIBLE = `(cardinality(a.diplomas) > 0 OR a.secretary_experience_years >= (CAST(:years AS jsonb) ->> c.version_id::text)::numeric)`;
/** Required kinds whose latest document is missing or rejected (readyToSubmit's view). */
export const MISSING = `(SELECT count(*)::int FROM unnest(a.required_documents) AS k(kind) WHERE NOT EXISTS (
  SELECT 1 FROM application_documents d WHERE d.application_id = a.id AND d.kind = k.kind AND d.status <> 'rejected'
  AND NOT EXISTS (SELECT 1 FROM application_documents n WHERE n.application_id = a.id AND n.kind = d.kind
                  AND (n.uploaded_at, n.id) > (d.uploaded_at, d.id))))`;

interface Row {
  cohort_name: string;
  eligible: boolean;
  missing: number;
}

/** The staff list of applications and its export: filters, sort and paging in one SQL statement each. */
@Injectable()
export class ApplicationListRepository {
  constructor(
    private readonly db: Db,
    private readonly referential: ReferentialService,
    private readonly settings: RuleSettingsService,
  ) {}

  /** The years of experience each version asks for in the caller's school. */
  private async years(): Promise<string> {
    const versions = await this.referential.listVersions();
    const years: Record<string, number> = {};
    // One after the other: the tenant transaction's client runs one statement at a time.
    for (const v of versions) years[v.id] = (await this.settings.settingsFor(v.id)).secretaryExperienceYears;
    return JSON.stringify(years);
  }

  /** The page's and the export's statement: the filters, with the intake's name, eligibility and missing documents. */
  private async query(f: ApplicationFilters): Promise<SelectQueryBuilder<Application>> {
    const qb = this.db.tx
      .createQueryBuilder(Application, 'a')
      .innerJoin(Cohort, 'c', 'c.id = a.cohort_id')
      .addSelect('c.name', 'cohort_name')
      .addSelect(ELIGIBLE, 'eligible')
      .addSelect(MISSING, 'missing')
      .setParameter('years', await this.years());
    return this.filtered(qb, f);
  }

  /**
   * How many applications match: the intakes joined only when the eligibility filter needs their version. Joined
   * always, under row-level security the planner misjudged the join and probed the school's applications once per
   * intake (10 ms instead of 1 for 2,500 applications in 76 intakes, EXPLAIN ANALYZE on the scale dataset).
   */
  private async count(f: ApplicationFilters): Promise<number> {
    const qb = this.db.tx.createQueryBuilder(Application, 'a');
    if (f.eligibility === 'eligible' || f.eligibility === 'not_eligible') {
      qb.innerJoin(Cohort, 'c', 'c.id = a.cohort_id').setParameter('years', await this.years());
    }
    return this.filtered(qb, f).getCount();
  }

  private filtered(qb: SelectQueryBuilder<Application>, f: ApplicationFilters): SelectQueryBuilder<Application> {
    if (f.q) {
      const like = `%${f.q.replace(/[\\%_]/g, '\\$&')}%`;
      qb.andWhere(
        new Brackets((w) =>
          w
            .where('a.last_name ILIKE :like', { like })
            .orWhere('a.first_name ILIKE :like', { like })
            .orWhere('a.email ILIKE :like', { like })
            .orWhere('a.reference ILIKE :like', { like }),
        ),
      );
    }
    if (f.status) qb.andWhere('a.status = :status', { status: f.status });
    if (f.cohortId) qb.andWhere('a.cohort_id = :cohortId', { cohortId: f.cohortId });
    if (f.missingDocuments !== undefined) qb.andWhere(f.missingDocuments ? `${MISSING} > 0` : `${MISSING} = 0`);
    if (f.eligibility === 'eligible') qb.andWhere(ELIGIBLE);
    if (f.eligibility === 'not_eligible') qb.andWhere(`NOT ${ELIGIBLE} AND NOT a.eligibility_override`);
    if (f.eligibility === 'overridden') qb.andWhere('a.eligibility_override');
    return qb;
  }

  async page(q: ApplicationQuery): Promise<[ApplicationSummaryResponse[], number]> {
    const total = await this.count(q);
    const qb = await this.query(q);
    const { entities, raw } = await qb
      .orderBy(SORT[q.sort], q.direction)
      .addOrderBy('a.id')
      .offset(q.skip)
      .limit(q.pageSize)
      .getRawAndEntities<Row>();
    return [entities.map((a, i) => applicationSummary(a, raw[i].cohort_name, raw[i].eligible, raw[i].missing)), total];
  }

  /** Every application matching the filters (up to EXPORT_LIMIT), newest first, with what the export shows. */
  async export(f: ApplicationFilters): Promise<{ application: Application; summary: ApplicationSummaryResponse }[]> {
    const qb = await this.query(f);
    const { entities, raw } = await qb.orderBy('a.created_at', 'DESC').addOrderBy('a.id').limit(EXPORT_LIMIT).getRawAndEntities<Row>();
    return entities.map((a, i) => ({
      application: a,
      summary: applicationSummary(a, raw[i].cohort_name, raw[i].eligible, raw[i].missing),
    }));
  }
}

export function applicationSummary(
  a: Application,
  cohortName: string,
  eligible: boolean,
  missingDocuments: number,
): ApplicationSummaryResponse {
  return {
    id: a.id,
    reference: a.reference,
    status: a.status,
    statusLabel: STATUS_LABELS[a.status],
    lastName: a.lastName,
    firstName: a.firstName,
    email: a.email,
    cohortId: a.cohortId,
    cohortName,
    eligible,
    eligibilityOverride: a.eligibilityOverride,
    missingDocuments,
    submittedAt: a.submittedAt,
    createdAt: a.createdAt,
  };
}
