import { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantRls } from './support/tenant-rls';

type Row = { diploma: string; blockCode: string; moduleCode: string | null; share: number; reason: string };
const line =
  (diploma: string) =>
  (moduleCode: string, share: number, reason: string): Row => ({ diploma, blockCode: moduleCode.slice(0, 4), moduleCode, share, reason });
const dei = line('dei');
const deas = line('deas');
const deap = line('deap');
const title = line('secretary_title');

/**
 * The default exemption table of both versions (DOMAIN « Positioning outcome »): DEI, DEAS and DEAP holders are
 * exempted from parts of blocks 1, 3 and 4 (the AFGSU module only with a valid attestation, which the proposal checks),
 * by module and in proportion to what their own training covered; holders of the medical secretary title from most of
 * block 2 (all but telemedicine). A level-4 diploma gives no exemption. Exported for the rules' tests.
 */
export const DEFAULT_EXEMPTION_TABLE: Row[] = [
  dei('BC01-M1', 1, 'examens et soins courants acquis en formation infirmière'),
  dei('BC01-M2', 0.5, 'coordination du parcours de soins étudiée en formation infirmière'),
  dei('BC01-M3', 1, 'vaccination et dépistages relèvent du rôle infirmier'),
  dei('BC03-M1', 1, 'prévention du risque infectieux acquise en formation infirmière'),
  dei('BC03-M2', 1, 'identitovigilance pratiquée en soins'),
  dei('BC03-M3', 0.5, 'pharmacologie étudiée en formation infirmière'),
  dei('BC04-M1', 1, 'AFGSU en cours de validité'),
  dei('BC04-M2', 1, 'mesure des constantes acquise en formation infirmière'),
  dei('BC04-M4', 0.5, 'préparation du matériel de soins acquise en formation infirmière'),
  deas('BC01-M1', 0.5, 'soins courants acquis en formation d’aide-soignant'),
  deas('BC03-M1', 1, 'prévention du risque infectieux acquise en formation d’aide-soignant'),
  deas('BC03-M2', 0.5, 'identitovigilance abordée en formation d’aide-soignant'),
  deas('BC04-M1', 1, 'AFGSU en cours de validité'),
  deas('BC04-M2', 1, 'mesure des constantes acquise en formation d’aide-soignant'),
  deap('BC01-M3', 0.5, 'vaccinations et dépistages de l’enfant étudiés en formation d’auxiliaire de puériculture'),
  deap('BC03-M1', 1, 'prévention du risque infectieux acquise en formation d’auxiliaire de puériculture'),
  deap('BC04-M1', 1, 'AFGSU en cours de validité'),
  deap('BC04-M2', 0.5, 'mesure des constantes de l’enfant acquise en formation d’auxiliaire de puériculture'),
  title('BC02-M1', 1, 'gestion du dossier patient acquise'),
  title('BC02-M2', 1, 'vocabulaire médical acquis'),
  title('BC02-M3', 1, 'logiciels médicaux pratiqués'),
  title('BC02-M4', 1, 'accueil et communication avec les patients acquis'),
];

/** The exemption table becomes referential data (per version), which a school may replace with its own (tenant rows). */
export class AddExemptionDefaults1795400000000 implements MigrationInterface {
  name = 'AddExemptionDefaults1795400000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "certification_versions" ADD "exemption_defaults" jsonb NOT NULL DEFAULT '[]'`);
    // The referential is read-only under forced RLS, for its owner too: lift FORCE for this one write.
    await q.query(`ALTER TABLE "certification_versions" NO FORCE ROW LEVEL SECURITY`);
    await q.query(`UPDATE "certification_versions" SET "exemption_defaults" = $1`, [JSON.stringify(DEFAULT_EXEMPTION_TABLE)]);
    await q.query(`ALTER TABLE "certification_versions" FORCE ROW LEVEL SECURITY`);
    await q.query(
      `CREATE TABLE "school_exemption_tables" ("school_id" uuid NOT NULL, "version_id" uuid NOT NULL, "rows" jsonb NOT NULL, "updated_by" uuid, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_school_exemption_tables" PRIMARY KEY ("school_id", "version_id"))`,
    );
    await q.query(
      `ALTER TABLE "school_exemption_tables" ADD CONSTRAINT "FK_c9f5da85fd05b592468b1ecf855" FOREIGN KEY ("school_id") REFERENCES "schools"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "school_exemption_tables" ADD CONSTRAINT "FK_fce7a9cd6691cfb79174e906466" FOREIGN KEY ("version_id") REFERENCES "certification_versions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await enableTenantRls(q, ['school_exemption_tables']);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "school_exemption_tables"`);
    await q.query(`ALTER TABLE "certification_versions" DROP COLUMN "exemption_defaults"`);
  }
}
