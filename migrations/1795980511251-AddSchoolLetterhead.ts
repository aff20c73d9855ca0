import { MigrationInterface, QueryRunner } from 'typeorm';

export class AddSchoolLetterhead1795980511251 implements MigrationInterface {
  name = 'AddSchoolLetterhead1795980511251';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "schools" ADD "address" character varying(300)`);
    await queryRunner.query(`ALTER TABLE "schools" ADD "siret" character(14)`);
    await queryRunner.query(`ALTER TABLE "schools" ADD "activity_number" character(11)`);
    await queryRunner.query(`ALTER TABLE "schools" ADD "signatory" character varying(150)`);
    await queryRunner.query(`ALTER TABLE "schools" ADD "phone" character varying(20)`);
    await queryRunner.query(`ALTER TABLE "schools" ADD "contact_email" character varying(254)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "schools" DROP COLUMN "contact_email"`);
    await queryRunner.query(`ALTER TABLE "schools" DROP COLUMN "phone"`);
    await queryRunner.query(`ALTER TABLE "schools" DROP COLUMN "signatory"`);
    await queryRunner.query(`ALTER TABLE "schools" DROP COLUMN "activity_number"`);
    await queryRunner.query(`ALTER TABLE "schools" DROP COLUMN "siret"`);
    await queryRunner.query(`ALTER TABLE "schools" DROP COLUMN "address"`);
  }
}
