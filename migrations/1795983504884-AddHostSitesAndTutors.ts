import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddHostSitesAndTutors1795983504884 implements MigrationInterface {
  name = 'AddHostSitesAndTutors1795983504884';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "host_sites" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "school_id" uuid NOT NULL, "name" character varying(200) NOT NULL, "kind" character varying(30) NOT NULL, "speciality" character varying(100), "address" character varying(300) NOT NULL, "postal_code" character(5) NOT NULL, "city" character varying(100) NOT NULL, "siret" character(14), "capacity" integer NOT NULL, "contacts" jsonb NOT NULL DEFAULT '[]', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_08e067f8625ec42dfb8162e28e0" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_48a7a1d26efb2f6fa15b302056" ON "host_sites"  ("school_id", "name") `);
    await queryRunner.query(
      `CREATE TABLE "tutors" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "school_id" uuid NOT NULL, "last_name" character varying(100) NOT NULL, "first_name" character varying(100) NOT NULL, "profession" character varying(30) NOT NULL, "rpps" character(11), "email" character varying(254) NOT NULL, "phone" character varying(20), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_bab3e19eb9a7a36a6a95377963b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_6a9fae10c9fae3cae725ee96cd" ON "tutors"  ("school_id", "last_name") `);
    await queryRunner.query(
      `CREATE TABLE "tutor_host_sites" ("tutor_id" uuid NOT NULL, "host_site_id" uuid NOT NULL, "school_id" uuid NOT NULL, CONSTRAINT "PK_d9b1f8b0b08a458bc00321f5ae6" PRIMARY KEY ("tutor_id", "host_site_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_b709c480b4368ddf29456690ae" ON "tutor_host_sites"  ("host_site_id") `);
    await queryRunner.query(
      `ALTER TABLE "tutor_host_sites" ADD CONSTRAINT "FK_8e3cdb014ddbc07ffd7fec5d286" FOREIGN KEY ("tutor_id") REFERENCES "tutors"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "tutor_host_sites" ADD CONSTRAINT "FK_b709c480b4368ddf29456690aed" FOREIGN KEY ("host_site_id") REFERENCES "host_sites"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "tutor_host_sites" DROP CONSTRAINT "FK_b709c480b4368ddf29456690aed"`);
    await queryRunner.query(`ALTER TABLE "tutor_host_sites" DROP CONSTRAINT "FK_8e3cdb014ddbc07ffd7fec5d286"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b709c480b4368ddf29456690ae"`);
    await queryRunner.query(`DROP TABLE "tutor_host_sites"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6a9fae10c9fae3cae725ee96cd"`);
    await queryRunner.query(`DROP TABLE "tutors"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_48a7a1d26efb2f6fa15b302056"`);
    await queryRunner.query(`DROP TABLE "host_sites"`);
  }
}
