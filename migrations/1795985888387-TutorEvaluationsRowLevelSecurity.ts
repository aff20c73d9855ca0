import { MigrationInterface, QueryRunner } from 'typeorm';
import { disableTenantRls, enableTenantRls } from './support/tenant-rls';

/** Tutor evaluations are school-owned: forced row-level security. */
export class TutorEvaluationsRowLevelSecurity1795985888387 implements MigrationInterface {
  name = 'TutorEvaluationsRowLevelSecurity1795985888387';

  public async up(q: QueryRunner): Promise<void> {
    await enableTenantRls(q, ['tutor_evaluations']);
  }

  public async down(q: QueryRunner): Promise<void> {
    await disableTenantRls(q, ['tutor_evaluations']);
  }
}
