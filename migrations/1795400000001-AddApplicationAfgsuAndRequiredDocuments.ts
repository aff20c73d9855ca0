import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Applications keep the AFGSU attestation the candidate declares (level, issue date: it may exempt them from the AFGSU
 * module) and the kinds of document their file needs (derived once from their answers, which do not change after the
 * application), so that staff lists can filter the files with missing documents in SQL. Existing rows get the kinds
 * the rule gave when this migration was written.
 */
export class AddApplicationAfgsuAndRequiredDocuments1795400000001 implements MigrationInterface {
  name = 'AddApplicationAfgsuAndRequiredDocuments1795400000001';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "applications" ADD "afgsu_level" smallint`);
    await q.query(`ALTER TABLE "applications" ADD "afgsu_issued_on" date`);
    await q.query(`ALTER TABLE "applications" ADD "required_documents" character varying(30) array NOT NULL DEFAULT '{}'`);
    await q.query(`
      UPDATE "applications" SET "required_documents" = ARRAY['cv', 'cover_letter', 'diploma']
        || CASE WHEN cardinality(diplomas) = 0 OR situation = 'medical_secretary' OR vae THEN ARRAY['experience_proof'] ELSE '{}' END
        || CASE WHEN vae THEN ARRAY['identity'] ELSE '{}' END
        || CASE WHEN hired_as_assistant_on IS NOT NULL OR funding_path IN ('plan_developpement', 'contrat_pro', 'employer')
                THEN ARRAY['employment_contract'] ELSE '{}' END`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "applications" DROP COLUMN "required_documents"`);
    await q.query(`ALTER TABLE "applications" DROP COLUMN "afgsu_issued_on"`);
    await q.query(`ALTER TABLE "applications" DROP COLUMN "afgsu_level"`);
  }
}
