import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddReferential1795331658550 implements MigrationInterface {
  name = 'AddReferential1795331658550';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "referential_modules" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "block_id" uuid NOT NULL, "code" character varying(12) NOT NULL, "title" character varying(200) NOT NULL, "planned_minutes" integer NOT NULL, "position" smallint NOT NULL, CONSTRAINT "PK_4521ee35378db6692ecd7e09f7b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_3d96ec0cb68c39240b59f84027" ON "referential_modules"  ("block_id", "code") `);
    await queryRunner.query(`CREATE TYPE "public"."block_kind" AS ENUM('competency', 'other')`);
    await queryRunner.query(
      `CREATE TABLE "referential_blocks" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "version_id" uuid NOT NULL, "code" character varying(10) NOT NULL, "title" character varying(200) NOT NULL, "kind" "public"."block_kind" NOT NULL, "planned_minutes" integer NOT NULL, "position" smallint NOT NULL, CONSTRAINT "PK_5f1658e0edc8616bd511747769b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_a19b8689c5913650b27a1b26a3" ON "referential_blocks"  ("version_id", "code") `);
    await queryRunner.query(
      `CREATE TABLE "certification_versions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" character varying(20) NOT NULL, "title" character varying(200) NOT NULL, "awarded_until" date, "settings" jsonb NOT NULL, CONSTRAINT "UQ_e2b6f6d5cd67a71cd5b1e7b8c93" UNIQUE ("code"), CONSTRAINT "PK_9926d04e22ea60aca4dfe810261" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "school_rule_overrides" ("school_id" uuid NOT NULL, "version_id" uuid NOT NULL, "key" character varying(60) NOT NULL, "value" jsonb, "updated_by" uuid, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2185abbd0903b6cabb74fe0ccb2" PRIMARY KEY ("school_id", "version_id", "key"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "referential_modules" ADD CONSTRAINT "FK_de8cabab0141ed79e341b61c910" FOREIGN KEY ("block_id") REFERENCES "referential_blocks"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "referential_blocks" ADD CONSTRAINT "FK_07d89581dca93e5bfa43f5ca448" FOREIGN KEY ("version_id") REFERENCES "certification_versions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "school_rule_overrides" ADD CONSTRAINT "FK_5f0eb1b59cb4fb4d3f698d55005" FOREIGN KEY ("school_id") REFERENCES "schools"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "school_rule_overrides" ADD CONSTRAINT "FK_90ae7c036d8a9a2c47e1ebc6123" FOREIGN KEY ("version_id") REFERENCES "certification_versions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "school_rule_overrides" DROP CONSTRAINT "FK_90ae7c036d8a9a2c47e1ebc6123"`);
    await queryRunner.query(`ALTER TABLE "school_rule_overrides" DROP CONSTRAINT "FK_5f0eb1b59cb4fb4d3f698d55005"`);
    await queryRunner.query(`ALTER TABLE "referential_blocks" DROP CONSTRAINT "FK_07d89581dca93e5bfa43f5ca448"`);
    await queryRunner.query(`ALTER TABLE "referential_modules" DROP CONSTRAINT "FK_de8cabab0141ed79e341b61c910"`);
    await queryRunner.query(`DROP TABLE "school_rule_overrides"`);
    await queryRunner.query(`DROP TABLE "certification_versions"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a19b8689c5913650b27a1b26a3"`);
    await queryRunner.query(`DROP TABLE "referential_blocks"`);
    await queryRunner.query(`DROP TYPE "public"."block_kind"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3d96ec0cb68c39240b59f84027"`);
    await queryRunner.query(`DROP TABLE "referential_modules"`);
  }
}
