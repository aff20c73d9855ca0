import { EntityManager } from 'typeorm';
import { addDays } from '@app/platform/time/calendar';
import { parisDate } from '@app/platform/time/paris-time';
import { BlockKind, CertificationVersion, inOrder } from '@app/referential';
import { Trainee } from '@app/training';
import { Assessment } from '../assessments/assessment.entity';
import { Attempt } from '../attempts/attempt.entity';
import { AttemptMark } from '../attempts/mark.entity';
import { ExamSession } from '../exam-sessions/exam-session.entity';
import { DEMO_EPREUVES } from './demo-epreuves';

/** Marks of the demo trainees at BC01 (written, practical), by position: most pass, one fails, one was absent. */
const MARKS: [number | 'absent', number | 'absent'][] = [
  [14, 15.5],
  [11, 12],
  [8, 7.5],
  [16, 'absent'],
  [12.5, 13],
  [10, 11],
];

/**
 * Idempotent assessment demo data for the demo school (after the training demo): épreuves for the four blocks of the
 * current version, and an exam session held three weeks ago where the demo cohort sat BC01, with its marks, ready for
 * a jury.
 */
export async function seedAssessmentDemo(m: EntityManager, schoolId: string): Promise<void> {
  if (await m.existsBy(Assessment, { schoolId })) return;
  const version = inOrder(
    await m.findOneOrFail(CertificationVersion, { where: { code: 'RNCP40913' }, relations: { blocks: { modules: true } } }),
  );
  const blocks = new Map((version.blocks ?? []).filter((b) => b.kind === BlockKind.Competency).map((b) => [b.code, b.id]));
  const assessments = await m.save(
    DEMO_EPREUVES.map(([code, kind, label, weight], i) =>
      m.create(Assessment, {
        schoolId,
        versionId: version.id,
        blockId: blocks.get(code)!,
        kind,
        label,
        maxMark: 20,
        passMark: 10,
        weight,
        position: i + 1,
      }),
    ),
  );
  const bc01 = assessments.filter((a) => a.blockId === blocks.get('BC01'));
  const trainees = await m.find(Trainee, { where: { schoolId }, order: { lastName: 'ASC' } });
  if (trainees.length === 0) return;
  const date = addDays(parisDate(new Date()), -21);
  const session = await m.save(
    m.create(ExamSession, {
      schoolId,
      versionId: version.id,
      name: 'Session d’examen BC01',
      date,
      startTime: '09:00',
      place: 'Lyon – salle 2',
      assessmentIds: bc01.map((a) => a.id),
    }),
  );
  const attempts = await m.save(
    trainees.map((t) =>
      m.create(Attempt, {
        schoolId,
        traineeId: t.id,
        blockId: blocks.get('BC01')!,
        number: 1,
        examSessionId: session.id,
        convenedAt: new Date(`${addDays(date, -30)}T09:00:00Z`),
      }),
    ),
  );
  await m.save(
    attempts.flatMap((a, i) =>
      bc01.map((e, j) => {
        const mark = MARKS[i % MARKS.length][j];
        return m.create(AttemptMark, {
          schoolId,
          attemptId: a.id,
          assessmentId: e.id,
          value: mark === 'absent' ? null : mark,
          absent: mark === 'absent',
        });
      }),
    ),
  );
}
