import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { Box, Chip, Paper, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import { useNotify, useTranslate } from 'react-admin';
import { examSessionsApi, type MarksGrid } from '../../../api/exams';
import { TutorEvaluationChip } from '../../../components/internship/evaluation';
import { attemptLabel } from '../sessions/sessionText';
import { useAssessmentText } from '../useAssessmentText';
import { MarkCell } from './MarkCell';
import { ResultChip } from './ResultChip';
import { SaveBar } from './SaveBar';
import { useMarkSheet } from './useMarkSheet';

const sticky = { position: 'sticky', left: 0, zIndex: 1, bgcolor: 'background.paper', borderRight: 1, borderColor: 'divider' } as const;

/**
 * The marks of a block as a spreadsheet: a line per trainee, a column per épreuve. Enter, Tab and ↓ go down the column
 * (then to the top of the next one), Maj+Entrée, Maj+Tab and ↑ go up, Échap restores the cell, Ctrl+S saves.
 * « Enregistrer » sends only the changed cells, once every typed text reads as a mark.
 */
export const MarksSheet = ({ grid, onSaved }: { grid: MarksGrid; onSaved: (grid: MarksGrid) => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const describe = useAssessmentText();
  const sheet = useMarkSheet(grid);
  const tableRef = useRef<HTMLTableElement>(null);
  const saveRef = useRef<HTMLButtonElement>(null);
  const [focused, setFocused] = useState<string | null>(null);
  const [tried, setTried] = useState(false);
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const rows = grid.rows.length;
  const withTutor = grid.assessments.some((assessment) => assessment.kind === 'tutor_evaluation');
  const cells = rows * grid.assessments.length;
  const unsaved = sheet.dirtyCount > 0;

  useEffect(() => {
    if (!unsaved) return undefined;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [unsaved]);

  const focusCell = (index: number) => {
    const [row, col] = [index % rows, Math.floor(index / rows)];
    tableRef.current?.querySelector<HTMLInputElement>(`input[data-row="${row}"][data-col="${col}"]`)?.focus();
  };
  const save = async () => {
    setTried(true);
    const blocking = sheet.invalid.find((line) => line.unreadable);
    if (blocking) return focusCell(blocking.index);
    if (sheet.changes.length === 0) return notify('app.exams.grid.nothing', { type: 'info' });
    const sent = sheet.changes;
    setPending(true);
    setFailure(null);
    try {
      const next = await examSessionsApi.saveMarks(
        grid.examSessionId,
        grid.blockId,
        sent.map(({ attemptId, assessmentId, mark }) => ({ attemptId, assessmentId, mark })),
      );
      onSaved(next);
      sheet.reset();
      setTried(false);
      notify('app.exams.grid.saved', { type: 'success', messageArgs: { smart_count: sent.length } });
    } catch (error) {
      setFailure(error);
      sheet.refused(error, sent);
    } finally {
      setPending(false);
    }
  };

  const keyDown = (index: number, key: string) => (event: KeyboardEvent<HTMLInputElement>) => {
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
      event.preventDefault();
      void save();
      return;
    }
    if (event.key === 'Escape') return sheet.revert(key);
    const step = { Enter: 1, Tab: 1, ArrowDown: 1, ArrowUp: -1 }[event.key];
    if (!step || event.nativeEvent.isComposing) return;
    // Maj reverses Enter and Tab (up the column); the arrows keep their way.
    const next = index + (event.shiftKey && (event.key === 'Enter' || event.key === 'Tab') ? -step : step);
    if (next < 0 && event.key === 'Tab') return; // Maj+Tab on the first cell leaves the grid.
    event.preventDefault();
    if (next >= cells) saveRef.current?.focus();
    else if (next >= 0) focusCell(next);
  };

  return (
    // A grid of one shrinkable column: a wide sheet scrolls inside the page (names stay in view) instead of widening it.
    <Box sx={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)' }}>
      <TableContainer component={Paper} variant="outlined" sx={{ width: 'fit-content', maxWidth: '100%' }}>
        <Table ref={tableRef} size="small" aria-label={translate('app.exams.grid.table', { block: grid.blockCode })}>
          <TableHead>
            <TableRow>
              <TableCell sx={{ ...sticky, zIndex: 2, minWidth: 160 }}>{translate('app.exams.grid.trainee')}</TableCell>
              {grid.assessments.map((assessment) => (
                <TableCell key={assessment.id} align="center" sx={{ minWidth: 100 }}>
                  <Typography variant="subtitle2" component="span" sx={{ display: 'block' }}>
                    {assessment.label}
                  </Typography>
                  <Typography variant="caption" color="text.secondary">
                    {describe(assessment)}
                  </Typography>
                </TableCell>
              ))}
              <TableCell sx={{ minWidth: 170 }}>{translate('app.exams.grid.result')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {grid.rows.map((row, r) => (
              <TableRow key={row.attemptId} aria-label={row.traineeName}>
                <TableCell component="th" scope="row" sx={sticky}>
                  <Typography sx={{ fontWeight: 600 }}>{row.traineeName}</Typography>
                  {row.number > 1 && <Chip size="small" color="warning" label={attemptLabel(row.number, translate)} sx={{ mt: 0.5 }} />}
                  {withTutor && (
                    <Box sx={{ mt: 0.5 }}>
                      <TutorEvaluationChip summary={row.tutorEvaluation} />
                    </Box>
                  )}
                </TableCell>
                {grid.assessments.map((assessment, col) => {
                  const state = sheet.cell(row, assessment);
                  return (
                    <MarkCell
                      key={assessment.id}
                      state={state}
                      row={r}
                      col={col}
                      label={translate('app.exams.grid.cell', { label: assessment.label, trainee: row.traineeName })}
                      showError={tried || focused !== state.key || !state.unreadable}
                      readOnly={pending}
                      onChange={(text) => sheet.edit(state.key, text)}
                      onKeyDown={keyDown(col * rows + r, state.key)}
                      onFocus={() => setFocused(state.key)}
                      onBlur={() => setFocused(null)}
                    />
                  );
                })}
                <TableCell>
                  <ResultChip result={row.result} stale={sheet.dirtyRows.has(row.attemptId)} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      <SaveBar
        ref={saveRef}
        changes={sheet.dirtyCount}
        problems={sheet.invalid.filter((line) => line.unreadable && (tried || line.key !== focused))}
        failure={failure}
        pending={pending}
        onSave={() => void save()}
        onDiscard={() => {
          sheet.reset();
          setTried(false);
          setFailure(null);
        }}
        onShow={focusCell}
      />
    </Box>
  );
};
