import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The two versions of the CQP Assistant médical as data: four blocks (77 / 98 / 35 / 56 h), their
 * modules, and the 13 h "other" line (positioning, exams), 279 h in all; and the default rule
 * settings of DOMAIN.md. Module hours are a planning split of each block's official hours.
 */
const SETTINGS = {
  passMark: 10,
  maxAttempts: 3,
  retakeWindowYears: 5,
  blockValidityYears: null,
  afgsuValidityYears: 4,
  afgsuExpiryNoticeDays: 90,
  secretaryExperienceYears: 3,
  absenceThresholdPercent: 10,
  signingOpensMinutesBefore: 15,
  signingClosesMinutesAfter: 30,
  vaeMinimumHours: 1607,
  hireTrainingStartYears: 2,
  hireQualificationYears: 3,
};

type Module = [code: string, title: string, hours: number];
type Block = [code: string, title: string, kind: 'competency' | 'other', modules: Module[]];

const BLOCKS: Block[] = [
  [
    'BC01',
    'Suivi du parcours de santé du patient',
    'competency',
    [
      ['BC01-M1', 'Examens et soins courants en cabinet', 21],
      ['BC01-M2', 'Parcours de santé et coordination', 21],
      ['BC01-M3', 'Vaccination et dépistages', 14],
      ['BC01-M4', 'Politiques de santé publique', 21],
    ],
  ],
  [
    'BC02',
    'Accueil et prise en charge administrative des patients',
    'competency',
    [
      ['BC02-M1', 'Dossier patient', 21],
      ['BC02-M2', 'Vocabulaire médical', 21],
      ['BC02-M3', 'Logiciels médicaux', 21],
      ['BC02-M4', 'Communication avec les patients', 21],
      ['BC02-M5', 'Télémédecine', 14],
    ],
  ],
  [
    'BC03',
    'Hygiène et qualité',
    'competency',
    [
      ['BC03-M1', 'Gestion du risque contaminant', 14],
      ['BC03-M2', 'Identitovigilance', 7],
      ['BC03-M3', 'Pharmacovigilance', 14],
    ],
  ],
  [
    'BC04',
    'Assistance opérationnelle au praticien',
    'competency',
    [
      ['BC04-M1', "Gestes d'urgence (AFGSU 1)", 14],
      ['BC04-M2', 'Constantes et mesures', 14],
      ['BC04-M3', 'Gestion des stocks', 14],
      ['BC04-M4', 'Assistance technique au praticien', 14],
    ],
  ],
  [
    'AUTRE',
    'Positionnement et évaluations',
    'other',
    [
      ['AUTRE-M1', 'Positionnement et accompagnement', 6],
      ['AUTRE-M2', 'Épreuves de certification', 7],
    ],
  ],
];

const VERSIONS = [
  { code: 'RNCP36358', title: 'CQP Assistant médical (RNCP 36358)', awardedUntil: '2025-04-24' },
  { code: 'RNCP40913', title: 'CQP Assistant médical (RNCP 40913)', awardedUntil: '2030-06-25' },
];

export class SeedCertificationVersions1795331658551 implements MigrationInterface {
  name = 'SeedCertificationVersions1795331658551';

  public async up(q: QueryRunner): Promise<void> {
    for (const v of VERSIONS) {
      const [{ id: versionId }] = await q.query(
        `INSERT INTO certification_versions (code, title, awarded_until, settings) VALUES ($1, $2, $3, $4) RETURNING id`,
        [v.code, v.title, v.awardedUntil, JSON.stringify(SETTINGS)],
      );
      for (const [position, [code, title, kind, modules]] of BLOCKS.entries()) {
        const minutes = modules.reduce((sum, m) => sum + m[2] * 60, 0);
        const [{ id: blockId }] = await q.query(
          `INSERT INTO referential_blocks (version_id, code, title, kind, planned_minutes, position) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
          [versionId, code, title, kind, minutes, position + 1],
        );
        for (const [mPosition, [mCode, mTitle, hours]] of modules.entries()) {
          await q.query(`INSERT INTO referential_modules (block_id, code, title, planned_minutes, position) VALUES ($1, $2, $3, $4, $5)`, [
            blockId,
            mCode,
            mTitle,
            hours * 60,
            mPosition + 1,
          ]);
        }
      }
    }
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM certification_versions WHERE code = ANY($1)`, [VERSIONS.map((v) => v.code)]);
  }
}
