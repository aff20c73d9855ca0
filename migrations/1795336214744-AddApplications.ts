import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddApplications1795336214744 implements MigrationInterface {
  name = 'AddApplications1795336214744';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "applications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "school_id" uuid NOT NULL, "cohort_id" uuid NOT NULL, "reference" character varying(12) NOT NULL, "status" character varying(30) NOT NULL DEFAULT 'draft', "last_name" character varying(99) NOT NULL, "first_name" character varying(99) NOT NULL, "email" character varying(254) NOT NULL, "phone" character varying(20), "situation" character varying(30) NOT NULL, "diplomas" text array NOT NULL DEFAULT '{}', "secretary_experience_years" numeric(4,1) NOT NULL DEFAULT '0', "hired_as_assistant_on" date, "employer_name" character varying(200), "funding_path" character varying(30) NOT NULL, "vae" boolean NOT NULL DEFAULT false, "vae_experience_hours" integer, "access_token_hash" character(64) NOT NULL, "email_confirmed_at" TIMESTAMP WITH TIME ZONE, "submitted_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_8e384653e7bcce736b99c9feea4" UNIQUE ("reference"), CONSTRAINT "UQ_4ecca77b87fd18eacd78dedb6bd" UNIQUE ("access_token_hash"), CONSTRAINT "PK_938c0a27255637bde919591888f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_fc145e2b936eefa8ede839628b" ON "applications"  ("school_id", "status") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_d74c3724290627ab6e58684c10" ON "applications"  ("cohort_id", "email") `);
    await queryRunner.query(
      `CREATE TABLE "application_documents" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "school_id" uuid NOT NULL, "application_id" uuid NOT NULL, "kind" character varying(30) NOT NULL, "status" character varying(20) NOT NULL DEFAULT 'received', "storage_key" character varying(300) NOT NULL, "content_type" character varying(100) NOT NULL, "size" integer NOT NULL, "sha256" character(64) NOT NULL, "file_name" character varying(120) NOT NULL, "rejection_reason" text, "uploaded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "reviewed_by" uuid, "reviewed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_592142aa992e003beadf1409e9e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_ef85ba30b3a491442fdb5cd3bf" ON "application_documents"  ("application_id", "kind") `);
    await queryRunner.query(`ALTER TABLE "cohorts" ADD "applications_open" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(
      `ALTER TABLE "applications" ADD CONSTRAINT "FK_6d2e6e49bde6c4d92de22f47aa7" FOREIGN KEY ("cohort_id") REFERENCES "cohorts"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "application_documents" ADD CONSTRAINT "FK_9ad8ab815e842d67e9aaec900cb" FOREIGN KEY ("application_id") REFERENCES "applications"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "application_documents" DROP CONSTRAINT "FK_9ad8ab815e842d67e9aaec900cb"`);
    await queryRunner.query(`ALTER TABLE "applications" DROP CONSTRAINT "FK_6d2e6e49bde6c4d92de22f47aa7"`);
    await queryRunner.query(`ALTER TABLE "cohorts" DROP COLUMN "applications_open"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ef85ba30b3a491442fdb5cd3bf"`);
    await queryRunner.query(`DROP TABLE "application_documents"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d74c3724290627ab6e58684c10"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_fc145e2b936eefa8ede839628b"`);
    await queryRunner.query(`DROP TABLE "applications"`);
  }
}
