import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddPlacements1795983797871 implements MigrationInterface {
  name = 'AddPlacements1795983797871';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "placements" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "school_id" uuid NOT NULL, "trainee_id" uuid NOT NULL, "host_site_id" uuid NOT NULL, "tutor_id" uuid NOT NULL, "type" character varying(12) NOT NULL, "start_on" date NOT NULL, "end_on" date NOT NULL, "planned_hours" integer NOT NULL, "objectives" jsonb NOT NULL DEFAULT '[]', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_91cca43a1baa03ee278d7be74da" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_0b14c2b93554d60760a21307b9" ON "placements"  ("host_site_id", "start_on") `);
    await queryRunner.query(`CREATE INDEX "IDX_8e3f223d8090f1a7946fa18fa3" ON "placements"  ("trainee_id", "start_on") `);
    await queryRunner.query(
      `ALTER TABLE "placements" ADD CONSTRAINT "FK_6d92550e947f3ec17fcdaf2a150" FOREIGN KEY ("trainee_id") REFERENCES "trainees"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "placements" ADD CONSTRAINT "FK_10ce0446678ceee44d2650ba958" FOREIGN KEY ("host_site_id") REFERENCES "host_sites"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "placements" ADD CONSTRAINT "FK_49b393d741d738a04e8e3e27e7d" FOREIGN KEY ("tutor_id") REFERENCES "tutors"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "placements" DROP CONSTRAINT "FK_49b393d741d738a04e8e3e27e7d"`);
    await queryRunner.query(`ALTER TABLE "placements" DROP CONSTRAINT "FK_10ce0446678ceee44d2650ba958"`);
    await queryRunner.query(`ALTER TABLE "placements" DROP CONSTRAINT "FK_6d92550e947f3ec17fcdaf2a150"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8e3f223d8090f1a7946fa18fa3"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_0b14c2b93554d60760a21307b9"`);
    await queryRunner.query(`DROP TABLE "placements"`);
  }
}
