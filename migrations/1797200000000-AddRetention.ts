import { MigrationInterface, QueryRunner } from 'typeorm';

/** The retention periods of DOMAIN « Records and personal data », seeded into every version's rule settings. */
const RETENTION_DEFAULTS = {
  identityDocumentRetentionYears: 1,
  unsuccessfulApplicationRetentionMonths: 24,
  trainingRecordsRetentionYears: 10,
  formerTraineeAccountRetentionMonths: 12,
};

/** RGPD retention: the periods as rule settings of each version, and when the retention job purged or anonymised. */
export class AddRetention1797200000000 implements MigrationInterface {
  name = 'AddRetention1797200000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "trainees" ADD "anonymised_at" TIMESTAMP WITH TIME ZONE`);
    await q.query(`ALTER TABLE "trainees" ADD "account_closed_at" TIMESTAMP WITH TIME ZONE`);
    await q.query(`ALTER TABLE "applications" ADD "anonymised_at" TIMESTAMP WITH TIME ZONE`);
    await q.query(`ALTER TABLE "application_documents" ADD "purged_at" TIMESTAMP WITH TIME ZONE`);
    // The referential is read-only under forced RLS, for its owner too: lift FORCE for this one write.
    await q.query(`ALTER TABLE "certification_versions" NO FORCE ROW LEVEL SECURITY`);
    await q.query(`UPDATE "certification_versions" SET "settings" = "settings" || $1::jsonb`, [JSON.stringify(RETENTION_DEFAULTS)]);
    await q.query(`ALTER TABLE "certification_versions" FORCE ROW LEVEL SECURITY`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "certification_versions" NO FORCE ROW LEVEL SECURITY`);
    await q.query(`UPDATE "certification_versions" SET "settings" = "settings" - $1::text[]`, [Object.keys(RETENTION_DEFAULTS)]);
    await q.query(`ALTER TABLE "certification_versions" FORCE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE "school_rule_overrides" NO FORCE ROW LEVEL SECURITY`);
    await q.query(`DELETE FROM "school_rule_overrides" WHERE "key" = ANY($1)`, [Object.keys(RETENTION_DEFAULTS)]);
    await q.query(`ALTER TABLE "school_rule_overrides" FORCE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE "application_documents" DROP COLUMN "purged_at"`);
    await q.query(`ALTER TABLE "applications" DROP COLUMN "anonymised_at"`);
    await q.query(`ALTER TABLE "trainees" DROP COLUMN "account_closed_at"`);
    await q.query(`ALTER TABLE "trainees" DROP COLUMN "anonymised_at"`);
  }
}
