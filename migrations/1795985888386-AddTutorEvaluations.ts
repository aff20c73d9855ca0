import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddTutorEvaluations1795985888386 implements MigrationInterface {
  name = 'AddTutorEvaluations1795985888386';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "tutor_evaluations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "school_id" uuid NOT NULL, "placement_id" uuid NOT NULL, "due_on" date NOT NULL, "levels" jsonb NOT NULL DEFAULT '{}', "comments" jsonb NOT NULL DEFAULT '{}', "overall_comment" text, "draft_saved_at" TIMESTAMP WITH TIME ZONE, "submitted_at" TIMESTAMP WITH TIME ZONE, "reopened_at" TIMESTAMP WITH TIME ZONE, "reopen_reason" character varying(500), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_342d9bd99e928556e758d78fa3b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_bcabd8840a48b4914b26e69116" ON "tutor_evaluations"  ("placement_id", "due_on") `);
    await queryRunner.query(`ALTER TABLE "tutors" ADD "account_id" uuid`);
    await queryRunner.query(`ALTER TABLE "tutors" ADD CONSTRAINT "UQ_e9b452f6942f41e519e1d4a4c70" UNIQUE ("account_id")`);
    await queryRunner.query(
      `ALTER TABLE "tutors" ADD CONSTRAINT "FK_e9b452f6942f41e519e1d4a4c70" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "tutor_evaluations" ADD CONSTRAINT "FK_00c3deda8956bac7827ea433dc0" FOREIGN KEY ("placement_id") REFERENCES "placements"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "tutor_evaluations" DROP CONSTRAINT "FK_00c3deda8956bac7827ea433dc0"`);
    await queryRunner.query(`ALTER TABLE "tutors" DROP CONSTRAINT "FK_e9b452f6942f41e519e1d4a4c70"`);
    await queryRunner.query(`ALTER TABLE "tutors" DROP CONSTRAINT "UQ_e9b452f6942f41e519e1d4a4c70"`);
    await queryRunner.query(`ALTER TABLE "tutors" DROP COLUMN "account_id"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_bcabd8840a48b4914b26e69116"`);
    await queryRunner.query(`DROP TABLE "tutor_evaluations"`);
  }
}
