import { MigrationInterface, QueryRunner } from 'typeorm';
import { disableTenantRls, enableTenantRls } from './support/tenant-rls';

const TABLES = ['afgsu_sessions', 'afgsu_participants', 'afgsu_attestations'];

/** AFGSU sessions, participants and attestations are school-owned: forced row-level security on the transaction's school. */
export class AfgsuRowLevelSecurity1795976629283 implements MigrationInterface {
  name = 'AfgsuRowLevelSecurity1795976629283';

  public async up(q: QueryRunner): Promise<void> {
    await enableTenantRls(q, TABLES);
  }

  public async down(q: QueryRunner): Promise<void> {
    await disableTenantRls(q, TABLES);
  }
}
