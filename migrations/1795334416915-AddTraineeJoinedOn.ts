import { MigrationInterface, QueryRunner } from 'typeorm';

/** The day a trainee joined their cohort (rolling entries); existing trainees joined at the cohort's start. */
export class AddTraineeJoinedOn1795334416915 implements MigrationInterface {
  name = 'AddTraineeJoinedOn1795334416915';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "trainees" ADD "joined_on" date`);
    // Every school's rows: row-level security is lifted for the owner for this statement only.
    await queryRunner.query(`ALTER TABLE "trainees" NO FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE "cohorts" NO FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(`UPDATE "trainees" t SET "joined_on" = c."start_date" FROM "cohorts" c WHERE c."id" = t."cohort_id"`);
    await queryRunner.query(`ALTER TABLE "cohorts" FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE "trainees" FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE "trainees" ALTER COLUMN "joined_on" SET NOT NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "trainees" DROP COLUMN "joined_on"`);
  }
}
