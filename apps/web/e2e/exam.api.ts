import type { APIRequestContext } from '@playwright/test';
import type { CertificationVersion } from '../src/api/types';
import { addDays } from '../src/lib/dates';
import { json } from './training.api';

interface Grid {
  rows: { attemptId: string; traineeId: string }[];
}

/**
 * An exam sat three days before `today`, through the API as the school would do it: a written épreuve of this run per
 * block of `marks`, one exam session, every trainee named convened, and their marks (traineeId → mark, per block code).
 * Returns the épreuves by block code (retire them at the end with retireEpreuves).
 */
export async function satExam(
  staffApi: APIRequestContext,
  setup: { version: CertificationVersion; run: string; today: string; marks: Record<string, [traineeId: string, mark: number][]> },
): Promise<Record<string, string>> {
  const { version, run, today, marks } = setup;
  const blockId = (code: string) => version.blocks.find((block) => block.code === code)!.id;
  const epreuves: Record<string, string> = {};
  for (const code of Object.keys(marks)) {
    const data = {
      versionId: version.id,
      blockId: blockId(code),
      kind: 'written',
      label: `Écrit ${code} E2E ${run}`,
      maxMark: 20,
      weight: 1,
    };
    epreuves[code] = (await json<{ id: string }>(await staffApi.post('/api/v1/assessment/epreuves', { data }))).id;
  }
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
  for (const [code, rows] of Object.entries(marks)) {
    const traineeIds = rows.map(([traineeId]) => traineeId);
    await json(await staffApi.post(`/api/v1/exam-sessions/${session.id}/convocations`, { data: { blockId: blockId(code), traineeIds } }));
    const url = `/api/v1/exam-sessions/${session.id}/blocks/${blockId(code)}/marks`;
    const grid = await json<Grid>(await staffApi.get(url));
    const attempt = (traineeId: string) => grid.rows.find((row) => row.traineeId === traineeId)!.attemptId;
    const data = { marks: rows.map(([traineeId, mark]) => ({ attemptId: attempt(traineeId), assessmentId: epreuves[code], mark })) };
    await json(await staffApi.put(url, { data }));
  }
  return epreuves;
}

/** Retires this run's épreuves (their marks stay): later exam sessions of the demo school are not offered them. */
export async function retireEpreuves(staffApi: APIRequestContext, ids: string[]) {
  for (const id of ids) await json(await staffApi.post(`/api/v1/assessment/epreuves/${id}/retire`));
}
