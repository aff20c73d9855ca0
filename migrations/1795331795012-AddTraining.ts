import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddTraining1795331795012 implements MigrationInterface {
  name = 'AddTraining1795331795012';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."cohort_format" AS ENUM('presentiel', 'distanciel', 'mixte', 'alternance')`);
    await queryRunner.query(
      `CREATE TABLE "cohorts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "school_id" uuid NOT NULL, "name" character varying(120) NOT NULL, "version_id" uuid NOT NULL, "format" "public"."cohort_format" NOT NULL, "start_date" date NOT NULL, "end_date" date NOT NULL, "capacity" integer NOT NULL, "place" character varying(200), "ical_token" character varying(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_af4462608f702d1fc3c2d51e039" UNIQUE ("ical_token"), CONSTRAINT "PK_fd38f76b135e907b834fda1e752" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_5d483ab60685027cf009eb55ff" ON "cohorts"  ("school_id", "start_date") `);
    await queryRunner.query(
      `CREATE TABLE "course_sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "school_id" uuid NOT NULL, "cohort_id" uuid NOT NULL, "block_id" uuid NOT NULL, "module_id" uuid, "date" date NOT NULL, "start_time" character varying(5) NOT NULL, "end_time" character varying(5) NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "minutes" integer NOT NULL, "trainer_id" uuid, "room" character varying(120), "video_url" character varying(500), "countersigned_at" TIMESTAMP WITH TIME ZONE, "countersigned_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5892d51884be5cf1399c00088d4" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_7bf3a29296b036e6e3731ac2b9" ON "course_sessions"  ("trainer_id", "date") `);
    await queryRunner.query(`CREATE INDEX "IDX_4405b807d979af01a7c6a67e18" ON "course_sessions"  ("cohort_id", "date") `);
    await queryRunner.query(`CREATE TYPE "public"."trainee_status" AS ENUM('active', 'withdrawn')`);
    await queryRunner.query(
      `CREATE TABLE "trainees" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "school_id" uuid NOT NULL, "cohort_id" uuid NOT NULL, "account_id" uuid NOT NULL, "last_name" character varying(100) NOT NULL, "first_name" character varying(100) NOT NULL, "email" character varying(254) NOT NULL, "phone" character varying(20), "status" "public"."trainee_status" NOT NULL DEFAULT 'active', "ical_token" character varying(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_8fa7c4d3027942bc370f2ced434" UNIQUE ("account_id"), CONSTRAINT "UQ_85157695bc994aaa6ae7340bf8d" UNIQUE ("ical_token"), CONSTRAINT "PK_2bd729692b507a33410dbfc7604" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_41317c08998f44265706a7c652" ON "trainees"  ("cohort_id", "last_name") `);
    await queryRunner.query(`CREATE TYPE "public"."attendance_status" AS ENUM('present', 'late', 'absent', 'excused')`);
    await queryRunner.query(
      `CREATE TABLE "attendance_records" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "school_id" uuid NOT NULL, "session_id" uuid NOT NULL, "trainee_id" uuid NOT NULL, "status" "public"."attendance_status" NOT NULL, "attended_minutes" integer, "signed_at" TIMESTAMP WITH TIME ZONE, "signature_ip" character varying(64), "signature_user_agent" character varying(300), "justification" text, "justification_document_key" character varying(300), "recorded_by" uuid, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_b6e86c81b82c4c5b37dda106602" UNIQUE ("session_id", "trainee_id"), CONSTRAINT "PK_946920332f5bc9efad3f3023b96" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_4adff1196e749b784fdaa3daa8" ON "attendance_records"  ("trainee_id") `);
    await queryRunner.query(
      `CREATE TABLE "plan_exemptions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "school_id" uuid NOT NULL, "trainee_id" uuid NOT NULL, "block_id" uuid NOT NULL, "module_id" uuid, "minutes" integer NOT NULL, "justification" text NOT NULL, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8e42f17f970d80ad24c30f586eb" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_bb737a7ed74cd54b8eb33b4d4f" ON "plan_exemptions"  ("trainee_id", "block_id") `);
    await queryRunner.query(
      `ALTER TABLE "cohorts" ADD CONSTRAINT "FK_042fb8c865bd2798c10dc34f092" FOREIGN KEY ("school_id") REFERENCES "schools"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "cohorts" ADD CONSTRAINT "FK_863997096c41cfd413e0c4849f7" FOREIGN KEY ("version_id") REFERENCES "certification_versions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "course_sessions" ADD CONSTRAINT "FK_0526418b73dd497487b35097e65" FOREIGN KEY ("cohort_id") REFERENCES "cohorts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "course_sessions" ADD CONSTRAINT "FK_6fc5dbed57ce07f0846baea1cfa" FOREIGN KEY ("block_id") REFERENCES "referential_blocks"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "course_sessions" ADD CONSTRAINT "FK_85d83f057da7dca3a17ed2eafb9" FOREIGN KEY ("module_id") REFERENCES "referential_modules"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "course_sessions" ADD CONSTRAINT "FK_4dcb6b0d8c33d71959fe13d6f1d" FOREIGN KEY ("trainer_id") REFERENCES "accounts"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "trainees" ADD CONSTRAINT "FK_5382f56e7950063de528085a928" FOREIGN KEY ("cohort_id") REFERENCES "cohorts"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "trainees" ADD CONSTRAINT "FK_8fa7c4d3027942bc370f2ced434" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "attendance_records" ADD CONSTRAINT "FK_c51be2c1149e22de76b17626cb7" FOREIGN KEY ("session_id") REFERENCES "course_sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "attendance_records" ADD CONSTRAINT "FK_4adff1196e749b784fdaa3daa80" FOREIGN KEY ("trainee_id") REFERENCES "trainees"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "plan_exemptions" ADD CONSTRAINT "FK_f783c337db04fd4c7d4e6901ed4" FOREIGN KEY ("trainee_id") REFERENCES "trainees"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "plan_exemptions" ADD CONSTRAINT "FK_86316e5e8d180a1751d01b94756" FOREIGN KEY ("block_id") REFERENCES "referential_blocks"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "plan_exemptions" ADD CONSTRAINT "FK_4ea6103c651c28ca798b89c24fd" FOREIGN KEY ("module_id") REFERENCES "referential_modules"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "plan_exemptions" DROP CONSTRAINT "FK_4ea6103c651c28ca798b89c24fd"`);
    await queryRunner.query(`ALTER TABLE "plan_exemptions" DROP CONSTRAINT "FK_86316e5e8d180a1751d01b94756"`);
    await queryRunner.query(`ALTER TABLE "plan_exemptions" DROP CONSTRAINT "FK_f783c337db04fd4c7d4e6901ed4"`);
    await queryRunner.query(`ALTER TABLE "attendance_records" DROP CONSTRAINT "FK_4adff1196e749b784fdaa3daa80"`);
    await queryRunner.query(`ALTER TABLE "attendance_records" DROP CONSTRAINT "FK_c51be2c1149e22de76b17626cb7"`);
    await queryRunner.query(`ALTER TABLE "trainees" DROP CONSTRAINT "FK_8fa7c4d3027942bc370f2ced434"`);
    await queryRunner.query(`ALTER TABLE "trainees" DROP CONSTRAINT "FK_5382f56e7950063de528085a928"`);
    await queryRunner.query(`ALTER TABLE "course_sessions" DROP CONSTRAINT "FK_4dcb6b0d8c33d71959fe13d6f1d"`);
    await queryRunner.query(`ALTER TABLE "course_sessions" DROP CONSTRAINT "FK_85d83f057da7dca3a17ed2eafb9"`);
    await queryRunner.query(`ALTER TABLE "course_sessions" DROP CONSTRAINT "FK_6fc5dbed57ce07f0846baea1cfa"`);
    await queryRunner.query(`ALTER TABLE "course_sessions" DROP CONSTRAINT "FK_0526418b73dd497487b35097e65"`);
    await queryRunner.query(`ALTER TABLE "cohorts" DROP CONSTRAINT "FK_863997096c41cfd413e0c4849f7"`);
    await queryRunner.query(`ALTER TABLE "cohorts" DROP CONSTRAINT "FK_042fb8c865bd2798c10dc34f092"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_bb737a7ed74cd54b8eb33b4d4f"`);
    await queryRunner.query(`DROP TABLE "plan_exemptions"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4adff1196e749b784fdaa3daa8"`);
    await queryRunner.query(`DROP TABLE "attendance_records"`);
    await queryRunner.query(`DROP TYPE "public"."attendance_status"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_41317c08998f44265706a7c652"`);
    await queryRunner.query(`DROP TABLE "trainees"`);
    await queryRunner.query(`DROP TYPE "public"."trainee_status"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4405b807d979af01a7c6a67e18"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_7bf3a29296b036e6e3731ac2b9"`);
    await queryRunner.query(`DROP TABLE "course_sessions"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_5d483ab60685027cf009eb55ff"`);
    await queryRunner.query(`DROP TABLE "cohorts"`);
    await queryRunner.query(`DROP TYPE "public"."cohort_format"`);
  }
}
