import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddMagicLinks1795985679714 implements MigrationInterface {
  name = 'AddMagicLinks1795985679714';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "magic_links" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "school_id" uuid NOT NULL, "purpose" character varying(12) NOT NULL, "subject_id" uuid NOT NULL, "party" character varying(12), "recipient_email" character varying(254) NOT NULL, "recipient_name" character varying(200) NOT NULL, "token_hash" character(64) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "replaced_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_a36d07ccc11b86f47dc80ec0e8b" UNIQUE ("token_hash"), CONSTRAINT "PK_6c609d48037f164e7ae5b744b18" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_181e052b543f3d470e0053ce30" ON "magic_links"  ("purpose", "subject_id") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_181e052b543f3d470e0053ce30"`);
    await queryRunner.query(`DROP TABLE "magic_links"`);
  }
}
