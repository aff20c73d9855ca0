import { DataSource, EntityManager, IsNull } from 'typeorm';
import { Account } from '../accounts/account.entity';
import { AccountStatus, Role } from '../accounts/role';
import { hashPassword } from '../auth/secrets';
import { AppConfig } from '../config/app-config';
import { dataSourceOptions } from '../database/data-source.options';
import { School } from '../schools/school.entity';

export const DEMO_PASSWORD = 'Demo-2026!cqp';
export const DEMO_SCHOOL = { slug: 'demo', name: 'Institut Santé Avenir (école de démonstration)' };

/** The demo school's letterhead (documents, conventions de stage), set once: the school administrator may change it. */
const DEMO_LETTERHEAD = {
  address: '12 rue de la République, 69002 Lyon',
  siret: '73282932000074',
  activityNumber: '84691234569',
  signatory: 'Claire Dubois, directrice',
  phone: '04 72 00 00 00',
  contactEmail: 'direction@demo.cqp.local',
};

export const DEMO_ACCOUNTS: { email: string; fullName: string; role: Role }[] = [
  { email: 'admin@cqp.local', fullName: 'Alex Martin', role: Role.PlatformAdmin },
  { email: 'direction@demo.cqp.local', fullName: 'Claire Dubois', role: Role.SchoolAdmin },
  { email: 'secretariat@demo.cqp.local', fullName: 'Sophie Lefèvre', role: Role.Staff },
  { email: 'formateur@demo.cqp.local', fullName: 'Karim Benali', role: Role.Trainer },
  { email: 'stagiaire@demo.cqp.local', fullName: 'Léa Moreau', role: Role.Trainee },
  { email: 'tuteur@demo.cqp.local', fullName: 'Dr Paul Girard', role: Role.Tutor },
];

export type DemoExtension = (m: EntityManager, schoolId: string, passwordHash: string) => Promise<void>;

/**
 * Idempotent: creates (or restores) the demo school and one active account per role, then lets each
 * capability add its own demo data in the same transaction.
 */
export async function seedDemo(config: AppConfig, extensions: DemoExtension[] = []): Promise<void> {
  const ds = await new DataSource(dataSourceOptions(config.DATABASE_ADMIN_URL, 1, 'cqp-seed')).initialize();
  try {
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    await ds.transaction(async (m) => {
      await m.upsert(School, DEMO_SCHOOL, ['slug']);
      const school = await m.findOneByOrFail(School, { slug: DEMO_SCHOOL.slug });
      await m.update(School, { id: school.id, signatory: IsNull(), contactEmail: IsNull() }, DEMO_LETTERHEAD);
      for (const a of DEMO_ACCOUNTS) {
        const schoolId = a.role === Role.PlatformAdmin ? null : school.id;
        await m.upsert(Account, { ...a, schoolId, passwordHash, status: AccountStatus.Active }, ['email']);
      }
      for (const extend of extensions) await extend(m, school.id, passwordHash);
    });
  } finally {
    await ds.destroy();
  }
}
