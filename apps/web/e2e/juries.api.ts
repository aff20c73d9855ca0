import type { APIRequestContext } from '@playwright/test';
import type { CertificationVersion, Cohort, Trainee } from '../src/api/types';
import { addDays } from '../src/lib/dates';
import { DEMO_PASSWORD } from './helpers';
import { freshCohort, freshTrainee, json } from './training.api';

/** Test set-up of the jury screens through the API, as the school would do it (épreuves, exam session, marks, AFGSU). */

type Code = 'BC02' | 'BC04';
interface Grid {
  rows: { attemptId: string; traineeId: string }[];
}

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
  const blockId = (code: Code) => version.blocks.find((block) => block.code === code)!.id;
  const cohort = await freshCohort(staffApi, version.id, today);
  const ines = await freshTrainee(staffApi, adminApi, cohort.id, DEMO_PASSWORD, { lastName: `Garnier-${run}`, firstName: 'Inès' });
  const hugo = await freshTrainee(staffApi, adminApi, cohort.id, DEMO_PASSWORD, { lastName: `Fabre-${run}`, firstName: 'Hugo' });

  const epreuve = async (code: Code) =>
    (
      await json<{ id: string }>(
        await staffApi.post('/api/v1/assessment/epreuves', {
          data: {
            versionId: version.id,
            blockId: blockId(code),
            kind: 'written',
            label: `Écrit ${code} E2E ${run}`,
            maxMark: 20,
            weight: 1,
          },
        }),
      )
    ).id;
  const epreuves = { BC02: await epreuve('BC02'), BC04: await epreuve('BC04') };
  const session = await json<{ id: string }>(
    await staffApi.post('/api/v1/exam-sessions', {
      data: {
        versionId: version.id,
        name: `Session E2E ${run}`,
        date: addDays(today, -3),
        startTime: '09:00',
        place: 'Salle E2E',
        assessmentIds: Object.values(epreuves),
      },
    }),
  );
  const marksUrl = (code: Code) => `/api/v1/exam-sessions/${session.id}/blocks/${blockId(code)}/marks`;
  const mark = async (code: Code, marks: [Trainee, number][]) => {
    const grid = await json<Grid>(await staffApi.get(marksUrl(code)));
    const attempt = (trainee: Trainee) => grid.rows.find((row) => row.traineeId === trainee.id)!.attemptId;
    await json(
      await staffApi.put(marksUrl(code), {
        data: { marks: marks.map(([trainee, value]) => ({ attemptId: attempt(trainee), assessmentId: epreuves[code], mark: value })) },
      }),
    );
  };
  for (const code of ['BC02', 'BC04'] as const) {
    await json(
      await staffApi.post(`/api/v1/exam-sessions/${session.id}/convocations`, {
        data: { blockId: blockId(code), traineeIds: [ines.id, hugo.id] },
      }),
    );
  }
  await mark('BC02', [
    [ines, 12.5],
    [hugo, 8],
  ]);
  await mark('BC04', [
    [ines, 14],
    [hugo, 11.25],
  ]);
  await json(
    await staffApi.post(`/api/v1/trainees/${ines.id}/afgsu/attestations`, {
      data: { level: 1, kind: 'initial', issuingCentre: 'CESU 69 – HCL', issuedOn: addDays(today, -30) },
    }),
  );
  return { run, cohort, ines, hugo, epreuves: Object.values(epreuves) };
}

/** Retires this run's épreuves (their marks stay): later exam sessions of the demo school are not offered them. */
export async function retireEpreuves(staffApi: APIRequestContext, ids: string[]) {
  for (const id of ids) await json(await staffApi.post(`/api/v1/assessment/epreuves/${id}/retire`));
}
