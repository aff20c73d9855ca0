import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddGeneratedDocuments1795979778810 implements MigrationInterface {
  name = 'AddGeneratedDocuments1795979778810';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "document_batches" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "school_id" uuid NOT NULL, "kind" character varying(30) NOT NULL, "cohort_id" uuid, "jury_session_id" uuid, "requested_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0933d318bc04cbbb2350d53f649" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "generated_documents" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "school_id" uuid NOT NULL, "batch_id" uuid NOT NULL, "kind" character varying(30) NOT NULL, "trainee_id" uuid, "jury_session_id" uuid, "status" character varying(10) NOT NULL DEFAULT 'pending', "storage_key" character varying(300), "file_name" character varying(150) NOT NULL, "size" integer, "sha256" character(64), "error" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "done_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_93d5f4d6fdc3c0fcc5a7a3aedc2" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_edf03f7690bc6fb932fde8d4f7" ON "generated_documents"  ("batch_id") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_edf03f7690bc6fb932fde8d4f7"`);
    await queryRunner.query(`DROP TABLE "generated_documents"`);
    await queryRunner.query(`DROP TABLE "document_batches"`);
  }
}
