import { MigrationInterface, QueryRunner } from 'typeorm';
import { disableTenantRls, enableTenantRls } from './support/tenant-rls';

const TABLES = ['host_sites', 'tutors', 'tutor_host_sites'];

/** Host sites, tutors and their links are school-owned: forced row-level security on the transaction's school. */
export class InternshipRowLevelSecurity1795983504885 implements MigrationInterface {
  name = 'InternshipRowLevelSecurity1795983504885';

  public async up(q: QueryRunner): Promise<void> {
    await enableTenantRls(q, TABLES);
  }

  public async down(q: QueryRunner): Promise<void> {
    await disableTenantRls(q, TABLES);
  }
}
