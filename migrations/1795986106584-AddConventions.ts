import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddConventions1795986106584 implements MigrationInterface {
  name = 'AddConventions1795986106584';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "conventions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "school_id" uuid NOT NULL, "placement_id" uuid NOT NULL, "version" integer NOT NULL, "amends_id" uuid, "content" jsonb NOT NULL, "content_hash" character(64) NOT NULL, "sent_at" TIMESTAMP WITH TIME ZONE, "signed_at" TIMESTAMP WITH TIME ZONE, "pdf_key" character varying(250), "signed_pdf_key" character varying(250), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_434559be9db3e7ab6bf6f147a68" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_260d8dc6fb5e000f5ab4296769" ON "conventions"  ("placement_id", "version") `);
    await queryRunner.query(
      `CREATE TABLE "convention_signatures" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "school_id" uuid NOT NULL, "convention_id" uuid NOT NULL, "party" character varying(12) NOT NULL, "signer_name" character varying(150) NOT NULL, "content_hash" character(64) NOT NULL, "signed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ip" character varying(45) NOT NULL, "user_agent" character varying(500) NOT NULL, "magic_link_id" uuid NOT NULL, CONSTRAINT "PK_3f53c1430dec57f095734ce7fbd" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_2914eb1b4dfe239710f813dfe8" ON "convention_signatures"  ("convention_id", "party") `);
    await queryRunner.query(
      `CREATE TABLE "convention_templates" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "school_id" uuid NOT NULL, "title" character varying(200) NOT NULL, "articles" jsonb NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_fc87d4e7274acd4a26aabb48d39" UNIQUE ("school_id"), CONSTRAINT "PK_c3116a6741fb62b4709a1a8acb6" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`ALTER TABLE "placements" ADD "started_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "placements" ADD "started_by" uuid`);
    await queryRunner.query(
      `ALTER TABLE "conventions" ADD CONSTRAINT "FK_ff2d19a6495a50a6b17f8a90dbf" FOREIGN KEY ("placement_id") REFERENCES "placements"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "conventions" ADD CONSTRAINT "FK_6325c719e6ef375848bbd055453" FOREIGN KEY ("amends_id") REFERENCES "conventions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "convention_signatures" ADD CONSTRAINT "FK_60d684f6683c48af64bea9d6948" FOREIGN KEY ("convention_id") REFERENCES "conventions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "convention_signatures" ADD CONSTRAINT "FK_f362b967cb28f035e86cfef9dd0" FOREIGN KEY ("magic_link_id") REFERENCES "magic_links"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "convention_signatures" DROP CONSTRAINT "FK_f362b967cb28f035e86cfef9dd0"`);
    await queryRunner.query(`ALTER TABLE "convention_signatures" DROP CONSTRAINT "FK_60d684f6683c48af64bea9d6948"`);
    await queryRunner.query(`ALTER TABLE "conventions" DROP CONSTRAINT "FK_6325c719e6ef375848bbd055453"`);
    await queryRunner.query(`ALTER TABLE "conventions" DROP CONSTRAINT "FK_ff2d19a6495a50a6b17f8a90dbf"`);
    await queryRunner.query(`ALTER TABLE "placements" DROP COLUMN "started_by"`);
    await queryRunner.query(`ALTER TABLE "placements" DROP COLUMN "started_at"`);
    await queryRunner.query(`DROP TABLE "convention_templates"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_2914eb1b4dfe239710f813dfe8"`);
    await queryRunner.query(`DROP TABLE "convention_signatures"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_260d8dc6fb5e000f5ab4296769"`);
    await queryRunner.query(`DROP TABLE "conventions"`);
  }
}
