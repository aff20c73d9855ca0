import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddAssessment1795978487295 implements MigrationInterface {
  name = 'AddAssessment1795978487295';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "assessments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "school_id" uuid NOT NULL, "version_id" uuid NOT NULL, "block_id" uuid NOT NULL, "kind" character varying(20) NOT NULL, "label" character varying(150) NOT NULL, "max_mark" numeric(5,2) NOT NULL, "pass_mark" numeric(5,2) NOT NULL, "weight" numeric(5,2) NOT NULL DEFAULT '1', "position" smallint NOT NULL DEFAULT '1', "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a3442bd80a00e9111cefca57f6c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_d13eadfae6afbdcbcac531b02d" ON "assessments"  ("school_id", "version_id", "block_id") `);
    await queryRunner.query(
      `CREATE TABLE "block_result_rules" ("school_id" uuid NOT NULL, "version_id" uuid NOT NULL, "block_id" uuid NOT NULL, "rule" character varying(20) NOT NULL, CONSTRAINT "PK_2567533ab95254322759dcac510" PRIMARY KEY ("school_id", "version_id", "block_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "exam_sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "school_id" uuid NOT NULL, "version_id" uuid NOT NULL, "name" character varying(150) NOT NULL, "date" date NOT NULL, "start_time" character varying(5) NOT NULL, "place" character varying(200) NOT NULL, "assessment_ids" uuid array NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e7864af3b38e87bb9ca90d96322" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_89277b3d83ed871faa7682d9af" ON "exam_sessions"  ("school_id", "date") `);
    await queryRunner.query(
      `CREATE TABLE "attempts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "school_id" uuid NOT NULL, "trainee_id" uuid NOT NULL, "block_id" uuid NOT NULL, "number" smallint NOT NULL, "exam_session_id" uuid NOT NULL, "convened_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_295ca261e361fd2fd217754dcac" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_c4a49151cdbbaeff4f236d70e9" ON "attempts"  ("exam_session_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_f62036e28df8cc02c83ae54591" ON "attempts"  ("trainee_id", "block_id", "number") `);
    await queryRunner.query(
      `CREATE TABLE "marks" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "school_id" uuid NOT NULL, "attempt_id" uuid NOT NULL, "assessment_id" uuid NOT NULL, "value" numeric(5,2), "absent" boolean NOT NULL DEFAULT false, "entered_by" uuid, "entered_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_051deeb008f7449216d568872c6" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_3a8e02a2aa644fcf62b67a2084" ON "marks"  ("attempt_id", "assessment_id") `);
    await queryRunner.query(
      `CREATE TABLE "jury_sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "school_id" uuid NOT NULL, "version_id" uuid NOT NULL, "date" date NOT NULL, "president" character varying(150) NOT NULL, "members" text array NOT NULL DEFAULT '{}', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_057a411ca2f16d8ce625f77e1a7" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_8302b1568c81d1881ca3265245" ON "jury_sessions"  ("school_id", "date") `);
    await queryRunner.query(
      `CREATE TABLE "jury_decisions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "school_id" uuid NOT NULL, "jury_session_id" uuid NOT NULL, "trainee_id" uuid NOT NULL, "block_id" uuid NOT NULL, "attempt_id" uuid NOT NULL, "proposal" character varying(20), "outcome" character varying(20) NOT NULL, "comment" text, "supersedes_id" uuid, "correction_reason" text, "decided_by" uuid, "decided_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_375e848b817f1cc5907a31cebef" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_7b8b5264be9a5860a6478f1eed" ON "jury_decisions"  ("trainee_id", "block_id", "decided_at") `);
    await queryRunner.query(
      `ALTER TABLE "attempts" ADD CONSTRAINT "FK_3320dda0750f8722049d21a792d" FOREIGN KEY ("trainee_id") REFERENCES "trainees"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "attempts" ADD CONSTRAINT "FK_c4a49151cdbbaeff4f236d70e9a" FOREIGN KEY ("exam_session_id") REFERENCES "exam_sessions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "marks" ADD CONSTRAINT "FK_e729a03a7875a429370e742e7ab" FOREIGN KEY ("attempt_id") REFERENCES "attempts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "marks" ADD CONSTRAINT "FK_ef5f097b2a1d2d92b98e766fa7e" FOREIGN KEY ("assessment_id") REFERENCES "assessments"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "jury_decisions" ADD CONSTRAINT "FK_6aac73ea97e15970321f1a83ec6" FOREIGN KEY ("jury_session_id") REFERENCES "jury_sessions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "jury_decisions" DROP CONSTRAINT "FK_6aac73ea97e15970321f1a83ec6"`);
    await queryRunner.query(`ALTER TABLE "marks" DROP CONSTRAINT "FK_ef5f097b2a1d2d92b98e766fa7e"`);
    await queryRunner.query(`ALTER TABLE "marks" DROP CONSTRAINT "FK_e729a03a7875a429370e742e7ab"`);
    await queryRunner.query(`ALTER TABLE "attempts" DROP CONSTRAINT "FK_c4a49151cdbbaeff4f236d70e9a"`);
    await queryRunner.query(`ALTER TABLE "attempts" DROP CONSTRAINT "FK_3320dda0750f8722049d21a792d"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_7b8b5264be9a5860a6478f1eed"`);
    await queryRunner.query(`DROP TABLE "jury_decisions"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8302b1568c81d1881ca3265245"`);
    await queryRunner.query(`DROP TABLE "jury_sessions"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3a8e02a2aa644fcf62b67a2084"`);
    await queryRunner.query(`DROP TABLE "marks"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f62036e28df8cc02c83ae54591"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c4a49151cdbbaeff4f236d70e9"`);
    await queryRunner.query(`DROP TABLE "attempts"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_89277b3d83ed871faa7682d9af"`);
    await queryRunner.query(`DROP TABLE "exam_sessions"`);
    await queryRunner.query(`DROP TABLE "block_result_rules"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d13eadfae6afbdcbcac531b02d"`);
    await queryRunner.query(`DROP TABLE "assessments"`);
  }
}
