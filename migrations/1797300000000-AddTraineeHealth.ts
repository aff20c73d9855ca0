import { MigrationInterface, QueryRunner } from 'typeorm';

/** Trainees' health data (disability adjustments, vaccinations) and the log of every access to it. */
export class AddTraineeHealth1797300000000 implements MigrationInterface {
  name = 'AddTraineeHealth1797300000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "health_access_log" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "school_id" uuid NOT NULL, "trainee_id" uuid NOT NULL, "actor_id" uuid, "actor_email" character varying(254), "actor_role" character varying(30), "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "action" character varying(10) NOT NULL, "fields" character varying array NOT NULL, "context" character varying(200) NOT NULL, "request_id" character varying(100), CONSTRAINT "PK_2abf90c232091e8c9fc887c6432" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_59b35710938f0a2bd1c9421a5f" ON "health_access_log"  ("trainee_id", "at") `);
    await queryRunner.query(`CREATE INDEX "IDX_3b386e9707760a06df8687fa39" ON "health_access_log"  ("school_id", "at") `);
    await queryRunner.query(
      `CREATE TABLE "trainee_health" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "school_id" uuid NOT NULL, "trainee_id" uuid NOT NULL, "disability_recognised" boolean NOT NULL DEFAULT false, "adjustments" character varying array NOT NULL DEFAULT '{}', "adjustments_note" text, "adjustments_decided_on" date, "adjustments_decided_by" character varying(200), "vaccinations" jsonb NOT NULL DEFAULT '[]', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_by" uuid, CONSTRAINT "REL_384d90e325abd9a326d7a46555" UNIQUE ("trainee_id"), CONSTRAINT "PK_09be8d640a5a72a070034ff7dfa" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "trainee_health" ADD CONSTRAINT "FK_384d90e325abd9a326d7a465559" FOREIGN KEY ("trainee_id") REFERENCES "trainees"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "trainee_health" DROP CONSTRAINT "FK_384d90e325abd9a326d7a465559"`);
    await queryRunner.query(`DROP TABLE "trainee_health"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3b386e9707760a06df8687fa39"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_59b35710938f0a2bd1c9421a5f"`);
    await queryRunner.query(`DROP TABLE "health_access_log"`);
  }
}
