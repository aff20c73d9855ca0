import type { APIRequestContext } from '@playwright/test';
import type { CertificationVersion, Cohort, Trainee } from '../src/api/types';
import { addDays } from '../src/lib/dates';
import { DEMO_PASSWORD } from './helpers';
import { satExam } from './exam.api';
import { freshCohort, freshTrainee, json } from './training.api';

/** Test set-up of the jury screens through the API, as the school would do it (épreuves, exam session, marks, AFGSU). */

export interface JurySetup {
  run: string;
  cohort: Cohort;
  /** Passes BC02 (12,5/20) and BC04 (14/20); has a valid AFGSU. */
  ines: Trainee;
  /** Fails BC02 (8/20), passes BC04 (11,25/20); no AFGSU. */
  hugo: Trainee;
  /** Épreuves created by this run, retired at the end (the demo school keeps its list short). */
  epreuves: string[];
}

/** Line name on the jury page, « GARNIER-XXXX Inès ». */
export const juryName = (trainee: Trainee) => `${trainee.lastName.toUpperCase()} ${trainee.firstName}`;

/**
 * A cohort of this run with two trainees able to sign in (password DEMO_PASSWORD), a written épreuve for BC02 and
 * BC04 sat three days ago by both, their marks, and an AFGSU for Inès only.
 */
export async function juryTrainees(staffApi: APIRequestContext, adminApi: APIRequestContext, today: string): Promise<JurySetup> {
  const run = Date.now().toString(36).slice(-6);
  const versions = await json<CertificationVersion[]>(await staffApi.get('/api/v1/referential/versions'));
  const version = versions.find((row) => row.code === 'RNCP40913') ?? versions[0];
  const cohort = await freshCohort(staffApi, version.id, today);
  const ines = await freshTrainee(staffApi, adminApi, cohort.id, DEMO_PASSWORD, { lastName: `Garnier-${run}`, firstName: 'Inès' });
  const hugo = await freshTrainee(staffApi, adminApi, cohort.id, DEMO_PASSWORD, { lastName: `Fabre-${run}`, firstName: 'Hugo' });

  const epreuves = await satExam(staffApi, {
    version,
    run,
    today,
    marks: {
      BC02: [
        [ines.id, 12.5],
        [hugo.id, 8],
      ],
      BC04: [
        [ines.id, 14],
        [hugo.id, 11.25],
      ],
    },
  });
  await json(
    await staffApi.post(`/api/v1/trainees/${ines.id}/afgsu/attestations`, {
      data: { level: 1, kind: 'initial', issuingCentre: 'CESU 69 – HCL', issuedOn: addDays(today, -30) },
    }),
  );
  return { run, cohort, ines, hugo, epreuves: Object.values(epreuves) };
}

export { retireEpreuves } from './exam.api';
