import type { APIRequestContext } from '@playwright/test';
import type { CertificationVersion, Cohort, Trainee } from '../src/api/types';
import { addDays } from '../src/lib/dates';
import { DEMO_PASSWORD } from './helpers';
import { satExam } from './exam.api';
import { freshCohort, freshTrainee, json } from './training.api';

/** Test set-up of the documents screens through the API: a trainee who meets every condition of the CQP. */

const CODES = ['BC01', 'BC02', 'BC03', 'BC04'] as const;

export interface ReadySetup {
  run: string;
  cohort: Cohort;
  /** Sat BC01 to BC04 (12/20 each), AFGSU valid, every block exempted from the hours: ready for the CQP. */
  trainee: Trainee;
  juryId: string;
  /** Épreuves created by this run, retired at the end (the demo school keeps its list short). */
  epreuves: string[];
}

/**
 * A cohort of this run with one trainee able to sign in: an épreuve per block BC01 to BC04 sat three days ago (convoked,
 * 12/20 each), an AFGSU, the plan fully exempted (the hours condition holds), a jury today with the four blocks validated.
 */
export async function readyTrainee(staffApi: APIRequestContext, adminApi: APIRequestContext, today: string): Promise<ReadySetup> {
  const run = Date.now().toString(36).slice(-6);
  const versions = await json<CertificationVersion[]>(await staffApi.get('/api/v1/referential/versions'));
  const version = versions.find((row) => row.code === 'RNCP40913') ?? versions[0];
  const blockId = (code: string) => version.blocks.find((block) => block.code === code)!.id;
  const cohort = await freshCohort(staffApi, version.id, today);
  const trainee = await freshTrainee(staffApi, adminApi, cohort.id, DEMO_PASSWORD, { lastName: `Lemaire-${run}`, firstName: 'Camille' });

  const marks = Object.fromEntries(CODES.map((code) => [code, [[trainee.id, 12]] as [string, number][]]));
  const epreuves = await satExam(staffApi, { version, run, today, marks });
  await json(
    await staffApi.post(`/api/v1/trainees/${trainee.id}/afgsu/attestations`, {
      data: { level: 2, kind: 'initial', issuingCentre: 'CESU 69 – HCL', issuedOn: addDays(today, -30) },
    }),
  );
  for (const block of version.blocks) {
    await json(
      await staffApi.post(`/api/v1/trainees/${trainee.id}/plan/exemptions`, {
        data: { blockId: block.id, minutes: block.plannedMinutes, justification: 'Heures acquises en entreprise (E2E)' },
      }),
    );
  }
  const jury = await json<{ id: string }>(
    await staffApi.post('/api/v1/juries', {
      data: { versionId: version.id, date: today, president: 'Dr Hélène Martin', members: ['Claire Dubois'] },
    }),
  );
  for (const code of CODES) {
    await json(
      await staffApi.post(`/api/v1/juries/${jury.id}/decisions`, {
        data: { traineeId: trainee.id, blockId: blockId(code), outcome: 'validated' },
      }),
    );
  }
  return { run, cohort, trainee, juryId: jury.id, epreuves: Object.values(epreuves) };
}
