import { MigrationInterface, QueryRunner } from 'typeorm';

export class OutboxHandOff1795989033366 implements MigrationInterface {
  name = 'OutboxHandOff1795989033366';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "outbox_messages" ADD "handed_at" TIMESTAMP WITH TIME ZONE`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "outbox_messages" DROP COLUMN "handed_at"`);
  }
}
