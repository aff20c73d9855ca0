import { MigrationInterface, QueryRunner } from 'typeorm';

export class PlacementsBySchoolAndStart1795996336135 implements MigrationInterface {
  name = 'PlacementsBySchoolAndStart1795996336135';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "IDX_4fc9403133554af02c8913ef83" ON "placements"  ("school_id", "start_on") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_4fc9403133554af02c8913ef83"`);
  }
}
