import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddAfgsu1795976629282 implements MigrationInterface {
  name = 'AddAfgsu1795976629282';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "afgsu_attestations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "school_id" uuid NOT NULL, "trainee_id" uuid NOT NULL, "level" smallint NOT NULL, "kind" character varying(20) NOT NULL, "issuing_centre" character varying(200) NOT NULL, "issued_on" date NOT NULL, "expires_on" date NOT NULL, "session_id" uuid, "base_id" uuid, "verified" boolean NOT NULL, "verified_by" uuid, "verified_at" TIMESTAMP WITH TIME ZONE, "document_key" character varying(300), "document_type" character varying(100), "document_size" integer, "document_sha256" character(64), "document_name" character varying(120), "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d6c9f59fdeab258df6e10cb7447" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_557016e0dfb90cbe708fecae0a" ON "afgsu_attestations"  ("trainee_id", "expires_on") `);
    await queryRunner.query(
      `CREATE TABLE "afgsu_sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "school_id" uuid NOT NULL, "kind" character varying(20) NOT NULL, "cesu_name" character varying(200) NOT NULL, "trainer_name" character varying(200), "place" character varying(200), "capacity" integer NOT NULL, "days" jsonb NOT NULL, "starts_on" date NOT NULL, "ends_on" date NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_bbfb4ded3b765f038ddae29d9ed" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_468089efa5b99b83b2318ea443" ON "afgsu_sessions"  ("school_id", "starts_on") `);
    await queryRunner.query(
      `CREATE TABLE "afgsu_participants" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "school_id" uuid NOT NULL, "session_id" uuid NOT NULL, "trainee_id" uuid NOT NULL, "attendance" character varying(10) NOT NULL DEFAULT 'enrolled', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8d2f25de9ccb84cf5dab8d4b656" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_d5e7a0b033576d8e713b566856" ON "afgsu_participants"  ("trainee_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_3261c0585a591962b6ef66f82f" ON "afgsu_participants"  ("session_id", "trainee_id") `);
    await queryRunner.query(
      `ALTER TABLE "afgsu_attestations" ADD CONSTRAINT "FK_c205400f1ea4c7fc9d5e4941c5a" FOREIGN KEY ("trainee_id") REFERENCES "trainees"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "afgsu_participants" ADD CONSTRAINT "FK_d6bb818cc317fbef30daa08ea6a" FOREIGN KEY ("session_id") REFERENCES "afgsu_sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "afgsu_participants" ADD CONSTRAINT "FK_d5e7a0b033576d8e713b5668568" FOREIGN KEY ("trainee_id") REFERENCES "trainees"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "afgsu_participants" DROP CONSTRAINT "FK_d5e7a0b033576d8e713b5668568"`);
    await queryRunner.query(`ALTER TABLE "afgsu_participants" DROP CONSTRAINT "FK_d6bb818cc317fbef30daa08ea6a"`);
    await queryRunner.query(`ALTER TABLE "afgsu_attestations" DROP CONSTRAINT "FK_c205400f1ea4c7fc9d5e4941c5a"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3261c0585a591962b6ef66f82f"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d5e7a0b033576d8e713b566856"`);
    await queryRunner.query(`DROP TABLE "afgsu_participants"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_468089efa5b99b83b2318ea443"`);
    await queryRunner.query(`DROP TABLE "afgsu_sessions"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_557016e0dfb90cbe708fecae0a"`);
    await queryRunner.query(`DROP TABLE "afgsu_attestations"`);
  }
}
