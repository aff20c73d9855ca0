import { addDays } from '@app/platform/time/calendar';
import { Trainee } from '@app/training';
import { Case, CaseContext, shared } from './case';

/** Épreuves, exam sessions with their convocations and marks, juries and the jury's page. */
export function assessmentCases(c: CaseContext): Record<string, Case> {
  const epreuve = (cookie: string, code: string, label: string) =>
    c.send(cookie, 'post', '/api/v1/assessment/epreuves', {
      versionId: c.version.id,
      blockId: c.block(code),
      kind: 'written',
      label,
      maxMark: 20,
      weight: 1,
    });
  const examSession = (cookie: string, epreuveId: string, date: string) =>
    c.send(cookie, 'post', '/api/v1/exam-sessions', {
      versionId: c.version.id,
      name: `Session du ${date}`,
      date,
      startTime: '09:00',
      place: 'Lyon',
      assessmentIds: [epreuveId],
    });
  const convene = (cookie: string, examId: string, trainees: Trainee[]) =>
    c.send(cookie, 'post', `/api/v1/exam-sessions/${examId}/convocations`, {
      blockId: c.block('BC01'),
      traineeIds: trainees.map((t) => t.id),
    });
  const jury = (cookie: string, date: string) =>
    c.send(cookie, 'post', '/api/v1/juries', { versionId: c.version.id, date, president: 'Dr Hélène Martin', members: ['Claire Dubois'] });

  /** An exam session sitting a written épreuve of BC01, to which `n` trainees (five per cohort) are convened and marked. */
  const withConvened = shared(async (n) => {
    const s = await c.tenant();
    const written = await epreuve(s.cookie, 'BC01', 'Écrit BC01');
    const exam = await examSession(s.cookie, written.id, addDays(c.today, 20));
    const trainees: Trainee[] = [];
    for (let i = 0; i < n; i += 5) trainees.push(...(await c.trainees(s.school, await c.running(s.school), Math.min(5, n - i))));
    const { convened } = (await convene(s.cookie, exam.id, trainees)) as { convened: { attemptId: string }[] } & { id: string };
    const marks = convened.map((a, i) => ({ attemptId: a.attemptId, assessmentId: written.id, mark: i % 20 }));
    await c.send(s.cookie, 'put', `/api/v1/exam-sessions/${exam.id}/blocks/${c.block('BC01')}/marks`, { marks });
    return { ...s, exam };
  });

  return {
    '/api/v1/assessment/versions/{versionId}/plan': {
      seed: async (n) => {
        const s = await c.tenant();
        for (let i = 0; i < n; i++) await epreuve(s.cookie, ['BC01', 'BC02', 'BC03', 'BC04'][i % 4], `Écrit ${i + 1}`);
        return { cookie: s.cookie, url: `/api/v1/assessment/versions/${c.version.id}/plan` };
      },
      rows: (res) => (res.body as { assessments: unknown[] }[]).reduce((sum, b) => sum + b.assessments.length, 0),
    },
    '/api/v1/exam-sessions': {
      seed: async (n) => {
        const s = await c.tenant();
        const written = await epreuve(s.cookie, 'BC01', 'Écrit BC01');
        for (const trainee of await c.trainees(s.school, await c.running(s.school), n))
          await convene(s.cookie, (await examSession(s.cookie, written.id, addDays(c.today, 30))).id, [trainee]);
        return { cookie: s.cookie, url: '/api/v1/exam-sessions' };
      },
    },
    '/api/v1/exam-sessions/{id}': {
      seed: async (n) => {
        const s = await withConvened(n);
        return { cookie: s.cookie, url: `/api/v1/exam-sessions/${s.exam.id}` };
      },
      rows: (res) => (res.body as { convened: unknown[] }).convened.length,
    },
    '/api/v1/exam-sessions/{id}/blocks/{blockId}/marks': {
      seed: async (n) => {
        const s = await withConvened(n);
        return { cookie: s.cookie, url: `/api/v1/exam-sessions/${s.exam.id}/blocks/${c.block('BC01')}/marks` };
      },
      rows: (res) => (res.body as { rows: unknown[] }).rows.length,
    },
    '/api/v1/juries': {
      seed: async (n) => {
        const s = await c.tenant();
        for (let i = 0; i < n; i++) await jury(s.cookie, addDays(c.today, 40 + i));
        return { cookie: s.cookie, url: '/api/v1/juries' };
      },
    },
    '/api/v1/juries/{id}': {
      // The jury's page lists every trainee with an attempt in the version: here from one cohort (few) or five (many).
      seed: async (n) => {
        const s = await withConvened(n);
        return { cookie: s.cookie, url: `/api/v1/juries/${(await jury(s.cookie, addDays(c.today, 40))).id}` };
      },
      rows: (res) => (res.body as { lines: unknown[] }).lines.length,
    },
  };
}
