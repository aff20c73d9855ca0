import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddAttendanceJustificationType1795332998676 implements MigrationInterface {
  name = 'AddAttendanceJustificationType1795332998676';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "attendance_records" ADD "justification_document_type" character varying(60)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "attendance_records" DROP COLUMN "justification_document_type"`);
  }
}
