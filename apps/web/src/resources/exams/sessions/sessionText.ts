import type { ExamSession } from '../../../api/exams';
import { capitalize, formatDay } from '../../../lib/dates';

type Translate = (key: string, options?: object) => string;

/** « Jeudi 10 juin 2027 à 09:00 » */
export const sessionWhen = (session: Pick<ExamSession, 'date' | 'startTime'>, translate: Translate) =>
  translate('app.exams.sessions.date_time', { date: capitalize(formatDay(session.date, { dateStyle: 'full' })), time: session.startTime });

/** « 1er passage », then « 2e passage (rattrapage) ». */
export const attemptLabel = (number: number, translate: Translate) =>
  number <= 1 ? translate('app.exams.attempt.first') : translate('app.exams.attempt.retake', { number });
