import { MigrationInterface, QueryRunner } from 'typeorm';
import { dropAppendOnly, makeAppendOnly } from './support/append-only';
import { disableTenantRls, enableTenantRls } from './support/tenant-rls';

const TABLES = ['assessments', 'block_result_rules', 'exam_sessions', 'attempts', 'marks', 'jury_sessions', 'jury_decisions'];

/**
 * Assessment data is school-owned (forced row-level security), and jury decisions are never edited in place: a
 * trigger refuses UPDATE, DELETE and TRUNCATE on them for every role (a correction is a new decision).
 */
export class AssessmentRowLevelSecurity1795978487296 implements MigrationInterface {
  name = 'AssessmentRowLevelSecurity1795978487296';

  public async up(q: QueryRunner): Promise<void> {
    await enableTenantRls(q, TABLES);
    await makeAppendOnly(q, 'jury_decisions', ': record a correction instead');
  }

  public async down(q: QueryRunner): Promise<void> {
    await dropAppendOnly(q, 'jury_decisions');
    await disableTenantRls(q, TABLES);
  }
}
