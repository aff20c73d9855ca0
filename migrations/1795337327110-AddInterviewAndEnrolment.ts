import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddInterviewAndEnrolment1795337327110 implements MigrationInterface {
  name = 'AddInterviewAndEnrolment1795337327110';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "applications" ADD "interview_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "applications" ADD "interviewer_id" uuid`);
    await queryRunner.query(`ALTER TABLE "applications" ADD "interview_outcome" character varying(20)`);
    await queryRunner.query(`ALTER TABLE "applications" ADD "interview_notes" text`);
    await queryRunner.query(`ALTER TABLE "applications" ADD "trainee_id" uuid`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "applications" DROP COLUMN "trainee_id"`);
    await queryRunner.query(`ALTER TABLE "applications" DROP COLUMN "interview_notes"`);
    await queryRunner.query(`ALTER TABLE "applications" DROP COLUMN "interview_outcome"`);
    await queryRunner.query(`ALTER TABLE "applications" DROP COLUMN "interviewer_id"`);
    await queryRunner.query(`ALTER TABLE "applications" DROP COLUMN "interview_at"`);
  }
}
