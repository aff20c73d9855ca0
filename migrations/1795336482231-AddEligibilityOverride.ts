import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddEligibilityOverride1795336482231 implements MigrationInterface {
  name = 'AddEligibilityOverride1795336482231';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "applications" ADD "eligibility_override" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "applications" ADD "eligibility_override_reason" text`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "applications" DROP COLUMN "eligibility_override_reason"`);
    await queryRunner.query(`ALTER TABLE "applications" DROP COLUMN "eligibility_override"`);
  }
}
