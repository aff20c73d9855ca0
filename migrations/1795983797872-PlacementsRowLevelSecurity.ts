import { MigrationInterface, QueryRunner } from 'typeorm';
import { disableTenantRls, enableTenantRls } from './support/tenant-rls';

/** Placements are school-owned: forced row-level security on the transaction's school. */
export class PlacementsRowLevelSecurity1795983797872 implements MigrationInterface {
  name = 'PlacementsRowLevelSecurity1795983797872';

  public async up(q: QueryRunner): Promise<void> {
    await enableTenantRls(q, ['placements']);
  }

  public async down(q: QueryRunner): Promise<void> {
    await disableTenantRls(q, ['placements']);
  }
}
