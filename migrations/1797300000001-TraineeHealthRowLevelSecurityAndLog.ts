import { MigrationInterface, QueryRunner } from 'typeorm';
import { dropAppendOnly, makeAppendOnly } from './support/append-only';
import { disableTenantRls, enableTenantRls } from './support/tenant-rls';

const TABLES = ['trainee_health', 'health_access_log'];

/** Health data and its access log are school-owned (forced row-level security); the log is append-only for every role. */
export class TraineeHealthRowLevelSecurityAndLog1797300000001 implements MigrationInterface {
  name = 'TraineeHealthRowLevelSecurityAndLog1797300000001';

  public async up(q: QueryRunner): Promise<void> {
    await enableTenantRls(q, TABLES);
    await makeAppendOnly(q, 'health_access_log', ': accesses to health data are kept as they happened');
  }

  public async down(q: QueryRunner): Promise<void> {
    await dropAppendOnly(q, 'health_access_log');
    await disableTenantRls(q, TABLES);
  }
}
