import type { ChipProps } from '@mui/material';
import type { AttemptStatus, EpreuveKind, ResultRule } from '../api/exams';
import type { CertificationVersion } from '../api/types';
import { LOCALE } from './dates';

/** Épreuve kinds in the order forms list them; labels under `app.exams.kind`. */
export const EPREUVE_KINDS = ['written', 'oral', 'practical', 'dossier', 'tutor_evaluation'] as const satisfies readonly EpreuveKind[];

/** Result rules of a block, the default first; labels under `app.exams.rule`. */
export const RESULT_RULES = ['weighted_average', 'all_passed'] as const satisfies readonly ResultRule[];

export const RESULT_COLORS = { passed: 'success', failed: 'error', incomplete: 'default' } as const satisfies Record<
  AttemptStatus,
  ChipProps['color']
>;

/** The block pass mark on 20 when the school has not changed it. */
export const DEFAULT_PASS_MARK = 10;

/** The staff's pages: the épreuves of each block (`evaluations` resource) and the exam sessions (`exam-sessions`). */
export const EVALUATIONS_PATH = '/evaluations';
export const EXAM_SESSIONS_PATH = '/exam-sessions';
export const examSessionPath = (sessionId: string) => `${EXAM_SESSIONS_PATH}/${sessionId}`;
export const marksPath = (sessionId: string, blockId: string) => `${examSessionPath(sessionId)}/notes/${blockId}`;

/** The version followed by default: the one awarded the longest (the current RNCP registration). */
export function currentVersion<V extends Pick<CertificationVersion, 'awardedUntil' | 'code'>>(versions: readonly V[]): V | undefined {
  const until = (version: V) => version.awardedUntil ?? '9999-12-31';
  return [...versions].sort((a, b) => until(b).localeCompare(until(a)) || b.code.localeCompare(a.code))[0];
}

const decimal = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 2, useGrouping: false });

/** A mark or an average the French way: 11.25 → « 11,25 », 10 → « 10 ». */
export const frenchNumber = (value: number) => decimal.format(value);
