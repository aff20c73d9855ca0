import { MigrationInterface, QueryRunner } from 'typeorm';
import { disableTenantRls, enableTenantRls } from './support/tenant-rls';

const TABLES = ['document_batches', 'generated_documents'];

/** Generated documents and their batches are school-owned: forced row-level security on the transaction's school. */
export class GeneratedDocumentsRowLevelSecurity1795979778811 implements MigrationInterface {
  name = 'GeneratedDocumentsRowLevelSecurity1795979778811';

  public async up(q: QueryRunner): Promise<void> {
    await enableTenantRls(q, TABLES);
  }

  public async down(q: QueryRunner): Promise<void> {
    await disableTenantRls(q, TABLES);
  }
}
