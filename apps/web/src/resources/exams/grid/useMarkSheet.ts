import { useMemo, useState } from 'react';
import { useTranslate } from 'react-admin';
import { errorDetails } from '../../../api/errors';
import type { Assessment, Mark, MarkInput, MarksGrid, MarksRow } from '../../../api/exams';
import { frenchNumber } from '../../../lib/exams';
import { markText, readMark } from './marks';

/** A cell of the grid as shown and typed. */
export interface CellState {
  key: string;
  text: string;
  /** Typed and different from the mark saved. */
  dirty: boolean;
  /** The mark to send, when the text reads as one. */
  mark: Mark | undefined;
  /** Why the text is refused (client side), or the API's refusal of the last save. */
  error: string | undefined;
  /** The text itself is refused: nothing can be sent until it is corrected. */
  unreadable: boolean;
}

/** A changed cell, with what to send and who it is (to name it in messages). */
export interface Change extends MarkInput {
  key: string;
  trainee: string;
  label: string;
}

const without = (record: Record<string, string>, key: string) =>
  Object.fromEntries(Object.entries(record).filter(([other]) => other !== key));
const cellKey = (attemptId: string, assessmentId: string) => `${attemptId}:${assessmentId}`;

/**
 * The typing over a marks grid: the text of each cell (the saved mark until typed over), which ones changed, the
 * changes to send, and the API's refusals mapped back from `marks.<index sent>` to their cells.
 */
export function useMarkSheet(grid: MarksGrid) {
  const translate = useTranslate();
  const absent = translate('app.exams.grid.absent_short');
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const [refusals, setRefusals] = useState<Record<string, string>>({});
  const saved = useMemo(
    () => new Map(grid.rows.flatMap((row) => row.marks.map((cell) => [cellKey(row.attemptId, cell.assessmentId), cell.mark] as const))),
    [grid],
  );

  const cell = (row: MarksRow, assessment: Assessment): CellState => {
    const key = cellKey(row.attemptId, assessment.id);
    const before = saved.get(key) ?? null;
    const text = drafts[key] ?? markText(before, absent);
    const reading = readMark(text, assessment.maxMark);
    const problem = reading.ok
      ? undefined
      : translate(`app.exams.grid.invalid.${reading.problem}`, { max: frenchNumber(assessment.maxMark), typed: text.trim() });
    return {
      key,
      text,
      dirty: key in drafts && !(reading.ok && reading.mark === before),
      mark: reading.ok ? reading.mark : undefined,
      error: problem ?? refusals[key],
      unreadable: !reading.ok,
    };
  };

  // Column by column, top to bottom: the order Enter goes through (`index`).
  const all = grid.assessments.flatMap((assessment) => grid.rows.map((row) => ({ row, assessment, state: cell(row, assessment) })));
  const changes: Change[] = all
    .filter(({ state }) => state.dirty && state.mark !== undefined)
    .map(({ row, assessment, state }) => ({
      key: state.key,
      attemptId: row.attemptId,
      assessmentId: assessment.id,
      mark: state.mark ?? null,
      trainee: row.traineeName,
      label: assessment.label,
    }));

  return {
    cell,
    changes,
    /** Cells whose text is refused, with who, which épreuve and where (`index`, column by column). */
    invalid: all.flatMap(({ row, assessment, state }, index) =>
      state.error === undefined
        ? []
        : [
            {
              key: state.key,
              index,
              trainee: row.traineeName,
              label: assessment.label,
              message: state.error,
              unreadable: state.unreadable,
            },
          ],
    ),
    /** Cells typed over, readable or not. */
    dirtyCount: all.filter(({ state }) => state.dirty).length,
    dirtyRows: new Set(all.filter(({ state }) => state.dirty).map(({ row }) => row.attemptId)),
    edit: (key: string, text: string) => {
      setDrafts((current) => ({ ...current, [key]: text }));
      setRefusals((current) => without(current, key));
    },
    /** Back to the saved mark (Échap). */
    revert: (key: string) => {
      setDrafts((current) => without(current, key));
      setRefusals((current) => without(current, key));
    },
    /** After a save: the grid's marks are the saved ones. */
    reset: () => {
      setDrafts({});
      setRefusals({});
    },
    /** The API's `errors` (`marks.<index in sent>`) on the cells they name. */
    refused: (error: unknown, sent: Change[]) => {
      const found: Record<string, string> = {};
      for (const [field, messages] of Object.entries(errorDetails(error))) {
        const index = /^marks\.(\d+)$/.exec(field)?.[1];
        const change = index === undefined ? undefined : sent[Number(index)];
        if (change) found[change.key] = messages.join(' ');
      }
      setRefusals(found);
    },
  };
}

export type MarkSheet = ReturnType<typeof useMarkSheet>;
export type CellProblem = MarkSheet['invalid'][number];
