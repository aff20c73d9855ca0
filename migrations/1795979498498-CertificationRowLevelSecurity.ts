import { MigrationInterface, QueryRunner } from 'typeorm';
import { dropAppendOnly, makeAppendOnly } from './support/append-only';
import { disableTenantRls, enableTenantRls } from './support/tenant-rls';

const TABLES = ['prior_block_validations', 'certification_decisions'];

/** Prior validations and certification decisions are school-owned; certification decisions are never edited in place. */
export class CertificationRowLevelSecurity1795979498498 implements MigrationInterface {
  name = 'CertificationRowLevelSecurity1795979498498';

  public async up(q: QueryRunner): Promise<void> {
    await enableTenantRls(q, TABLES);
    await makeAppendOnly(q, 'certification_decisions');
  }

  public async down(q: QueryRunner): Promise<void> {
    await dropAppendOnly(q, 'certification_decisions');
    await disableTenantRls(q, TABLES);
  }
}
