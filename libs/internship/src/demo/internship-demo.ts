import { EntityManager } from 'typeorm';
import { Account } from '@app/platform';
import { addDays, weekOf } from '@app/platform/time/calendar';
import { parisDate } from '@app/platform/time/paris-time';
import { CertificationVersion, inOrder } from '@app/referential';
import { Trainee } from '@app/training';
import { HostSite, HostSiteKind } from '../host-sites/host-site.entity';
import { TutorEvaluation } from '../evaluations/tutor-evaluation.entity';
import { Placement } from '../placements/placement.entity';
import { evaluationDueDates } from '../rules/evaluation-state.rules';
import { DEFAULT_INTERNSHIP_SETTINGS } from '../rules/internship-settings';
import { TutorHostSite } from '../tutors/tutor-host-site.entity';
import { Tutor, TutorProfession } from '../tutors/tutor.entity';

type DemoSite = Pick<HostSite, 'name' | 'speciality' | 'address' | 'postalCode' | 'city' | 'siret' | 'capacity' | 'contacts'> & {
  kind: HostSiteKind;
};
type DemoTutor = Pick<Tutor, 'lastName' | 'firstName' | 'rpps' | 'email' | 'phone'> & { profession: TutorProfession; sites: number[] };

const SITES: DemoSite[] = [
  {
    name: 'Cabinet médical des Lilas',
    kind: 'general_practice',
    speciality: null,
    address: '8 rue des Lilas',
    postalCode: '69003',
    city: 'Lyon',
    siret: '73282932000074',
    capacity: 2,
    contacts: [{ name: 'Sophie Lambert', role: 'Secrétaire médicale', email: 'accueil@cabinet-lilas.fr', phone: '04 78 60 12 34' }],
  },
  {
    name: 'Centre de santé Villeurbanne Nord',
    kind: 'health_centre',
    speciality: null,
    address: '21 avenue Roger Salengro',
    postalCode: '69100',
    city: 'Villeurbanne',
    siret: null,
    capacity: 4,
    contacts: [{ name: 'Karim Haddad', role: 'Coordinateur', email: 'coordination@cds-villeurbanne.fr', phone: null }],
  },
  {
    name: 'Cabinet de cardiologie Bellecour',
    kind: 'specialist_practice',
    speciality: 'Cardiologie',
    address: '2 place Bellecour',
    postalCode: '69002',
    city: 'Lyon',
    siret: null,
    capacity: 1,
    contacts: [],
  },
];

const TUTORS: DemoTutor[] = [
  // The demo tutor's login: the tutor of the placement running this week.
  {
    lastName: 'Girard',
    firstName: 'Paul',
    profession: 'general_practitioner',
    rpps: '10003456786',
    email: 'tuteur@demo.cqp.local',
    phone: '06 12 34 56 78',
    sites: [0],
  },
  {
    lastName: 'Nguyen',
    firstName: 'Claire',
    profession: 'coordinating_nurse',
    rpps: null,
    email: 'c.nguyen@cds-villeurbanne.fr',
    phone: null,
    sites: [1],
  },
  {
    lastName: 'Fabre',
    firstName: 'Hugo',
    profession: 'specialist',
    rpps: null,
    email: 'h.fabre@cardio-bellecour.fr',
    phone: null,
    sites: [2, 0],
  },
];

/**
 * Idempotent internship demo data for the demo school (after the training demo): three host sites, their tutors (the
 * demo tutor login among them, linked to the demo tutor account), a placement of the demo trainee running this week and
 * one of another trainee starting next week, with their tutor evaluations at the default due dates; no convention yet
 * (the board shows them to prepare and send).
 */
export async function seedInternshipDemo(m: EntityManager, schoolId: string): Promise<void> {
  if (await m.existsBy(HostSite, { schoolId })) return;
  const sites = await m.save(SITES.map((s) => m.create(HostSite, { ...s, schoolId })));
  const tutorAccount = await m.findOneBy(Account, { email: 'tuteur@demo.cqp.local', schoolId });
  const tutors = await m.save(
    TUTORS.map(({ sites: _sites, ...t }) =>
      m.create(Tutor, { ...t, schoolId, accountId: t.email === tutorAccount?.email ? tutorAccount.id : null }),
    ),
  );
  await m.insert(
    TutorHostSite,
    TUTORS.flatMap((t, i) => t.sites.map((site) => ({ schoolId, tutorId: tutors[i].id, hostSiteId: sites[site].id }))),
  );
  const trainees = await m.find(Trainee, { where: { schoolId }, order: { lastName: 'ASC' } });
  const lea = trainees.find((t) => t.email === 'stagiaire@demo.cqp.local');
  const other = trainees.find((t) => t !== lea);
  if (!lea || !other) return;
  const version = inOrder(await m.findOneOrFail(CertificationVersion, { where: { code: 'RNCP40913' }, relations: { blocks: true } }));
  const block = (code: string) => version.blocks!.find((b) => b.code === code)!.id;
  const today = parisDate(new Date());
  const { monday } = weekOf(today);
  const placements = await m.save([
    m.create(Placement, {
      schoolId,
      traineeId: lea.id,
      hostSiteId: sites[0].id,
      tutorId: tutors[0].id,
      type: 'stage',
      startOn: addDays(monday, -7),
      endOn: addDays(monday, 11),
      plannedHours: 105,
      objectives: [
        { blockId: block('BC01'), text: 'Accueillir les patients et préparer les consultations.' },
        { blockId: block('BC04'), text: 'Prendre les constantes et assister le médecin lors des examens courants.' },
      ],
    }),
    m.create(Placement, {
      schoolId,
      traineeId: other.id,
      hostSiteId: sites[1].id,
      tutorId: tutors[1].id,
      type: 'stage',
      startOn: addDays(monday, 7),
      endOn: addDays(monday, 25),
      plannedHours: 105,
      objectives: [{ blockId: block('BC03'), text: 'Appliquer les règles d’hygiène et d’identitovigilance au poste d’accueil.' }],
    }),
  ]);
  await m.insert(
    TutorEvaluation,
    placements.flatMap((p) =>
      evaluationDueDates(p, DEFAULT_INTERNSHIP_SETTINGS).map(({ dueOn }) => ({ schoolId, placementId: p.id, dueOn })),
    ),
  );
}
