import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddPriorValidationsAndCertification1795979498497 implements MigrationInterface {
  name = 'AddPriorValidationsAndCertification1795979498497';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "prior_block_validations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "school_id" uuid NOT NULL, "trainee_id" uuid NOT NULL, "block_id" uuid NOT NULL, "source" character varying(10) NOT NULL, "validated_on" date NOT NULL, "reference" character varying(300) NOT NULL, "recorded_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b9061d543814e7525b6f4bf463b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_b6d435fdf0693da5f69bf03658" ON "prior_block_validations"  ("trainee_id", "block_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "certification_decisions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "school_id" uuid NOT NULL, "trainee_id" uuid NOT NULL, "jury_session_id" uuid NOT NULL, "decided_on" date NOT NULL, "readiness" jsonb NOT NULL, "decided_by" uuid, "decided_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_1f2fb151050e6f07385f866d8d5" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_5aac0f19dad790b7dcecf4eb88" ON "certification_decisions"  ("trainee_id") `);
    await queryRunner.query(
      `ALTER TABLE "prior_block_validations" ADD CONSTRAINT "FK_ca64dd2b43e4cfc9de2b9fed1d8" FOREIGN KEY ("trainee_id") REFERENCES "trainees"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "certification_decisions" ADD CONSTRAINT "FK_2048cfe61f6f8a50a42c7129657" FOREIGN KEY ("jury_session_id") REFERENCES "jury_sessions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "certification_decisions" DROP CONSTRAINT "FK_2048cfe61f6f8a50a42c7129657"`);
    await queryRunner.query(`ALTER TABLE "prior_block_validations" DROP CONSTRAINT "FK_ca64dd2b43e4cfc9de2b9fed1d8"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_5aac0f19dad790b7dcecf4eb88"`);
    await queryRunner.query(`DROP TABLE "certification_decisions"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b6d435fdf0693da5f69bf03658"`);
    await queryRunner.query(`DROP TABLE "prior_block_validations"`);
  }
}
