import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddNotifications1795988517663 implements MigrationInterface {
  name = 'AddNotifications1795988517663';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "notification_preferences" ("account_id" uuid NOT NULL, "school_id" uuid NOT NULL, "muted_kinds" jsonb NOT NULL DEFAULT '[]', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_73cfaca5ce36388afe7d5854306" PRIMARY KEY ("account_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "notifications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "school_id" uuid NOT NULL, "key" character varying(400) NOT NULL, "reminder_key" character varying(200) NOT NULL, "kind" character varying(40) NOT NULL, "channel" character varying(10) NOT NULL, "recipient_account_id" uuid, "recipient_email" character varying(254) NOT NULL, "recipient_name" character varying(200) NOT NULL, "subject" character varying(300) NOT NULL, "text" text NOT NULL, "link_path" character varying(500) NOT NULL, "due_on" date NOT NULL, "send_at" TIMESTAMP WITH TIME ZONE NOT NULL, "status" character varying(10) NOT NULL DEFAULT 'scheduled', "attempts" integer NOT NULL DEFAULT '0', "last_error" text, "sent_at" TIMESTAMP WITH TIME ZONE, "read_at" TIMESTAMP WITH TIME ZONE, "outbox_message_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_d51d565cc502858700f21071677" UNIQUE ("key"), CONSTRAINT "PK_6a72c3c0f683f6462415e653c3a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_9915d48474c15a6c6164293a1e" ON "notifications"  ("school_id", "created_at") `);
    await queryRunner.query(`CREATE INDEX "IDX_e5ad1bd0e4852a22f523864685" ON "notifications"  ("recipient_account_id", "created_at") `);
    await queryRunner.query(`CREATE INDEX "IDX_ea1dd08a64d1a08e2072e7e734" ON "notifications"  ("status", "send_at") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_ea1dd08a64d1a08e2072e7e734"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e5ad1bd0e4852a22f523864685"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_9915d48474c15a6c6164293a1e"`);
    await queryRunner.query(`DROP TABLE "notifications"`);
    await queryRunner.query(`DROP TABLE "notification_preferences"`);
  }
}
