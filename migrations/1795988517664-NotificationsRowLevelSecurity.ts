import { MigrationInterface, QueryRunner } from 'typeorm';
import { disableTenantRls, enableTenantRls } from './support/tenant-rls';

/** Notifications and preferences are school-owned: forced row-level security (the delivery pump reads with the admin role). */
export class NotificationsRowLevelSecurity1795988517664 implements MigrationInterface {
  name = 'NotificationsRowLevelSecurity1795988517664';

  public async up(q: QueryRunner): Promise<void> {
    await enableTenantRls(q, ['notifications', 'notification_preferences']);
  }

  public async down(q: QueryRunner): Promise<void> {
    await disableTenantRls(q, ['notifications', 'notification_preferences']);
  }
}
