import { MigrationInterface, QueryRunner } from 'typeorm';
import { disableTenantRls, enableTenantRls } from './support/tenant-rls';

/** Magic links are school-owned: forced row-level security (links are looked up by their secret with the admin role). */
export class MagicLinksRowLevelSecurity1795985679715 implements MigrationInterface {
  name = 'MagicLinksRowLevelSecurity1795985679715';

  public async up(q: QueryRunner): Promise<void> {
    await enableTenantRls(q, ['magic_links']);
  }

  public async down(q: QueryRunner): Promise<void> {
    await disableTenantRls(q, ['magic_links']);
  }
}
