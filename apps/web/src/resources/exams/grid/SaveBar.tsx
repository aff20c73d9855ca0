import type { Ref } from 'react';
import SaveIcon from '@mui/icons-material/Save';
import UndoIcon from '@mui/icons-material/Undo';
import { Alert, Box, Button, Link, Paper, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { ErrorAlert } from '../../../components/ErrorAlert';
import type { CellProblem } from './useMarkSheet';

interface Props {
  ref: Ref<HTMLButtonElement>;
  /** Cells typed over and not saved. */
  changes: number;
  /** Texts that are not marks: nothing is sent until they are corrected. */
  problems: CellProblem[];
  /** The API's refusal of the last save. */
  failure: unknown;
  pending: boolean;
  onSave: () => void;
  onDiscard: () => void;
  /** Puts the cursor in a cell (its index, column by column). */
  onShow: (index: number) => void;
}

/** Under the grid, always in view: the marks to correct, the API's refusal, the count of changes, « Enregistrer ». */
export const SaveBar = ({ ref, changes, problems, failure, pending, onSave, onDiscard, onShow }: Props) => {
  const translate = useTranslate();
  return (
    <Paper elevation={3} sx={{ position: 'sticky', bottom: 0, zIndex: 3, mt: 1, p: 1.5 }}>
      {problems.length > 0 && (
        <Alert severity="error" sx={{ mb: 1 }}>
          <Typography variant="subtitle2" component="p">
            {translate('app.exams.grid.invalid_title')}
          </Typography>
          <Box component="ul" sx={{ m: 0, pl: 2 }}>
            {problems.map((problem) => (
              <li key={problem.key}>
                <Link component="button" type="button" color="inherit" onClick={() => onShow(problem.index)} sx={{ textAlign: 'left' }}>
                  {translate('app.exams.grid.invalid_line', { trainee: problem.trainee, label: problem.label })}
                </Link>
                {` ${problem.message}`}
              </li>
            ))}
          </Box>
        </Alert>
      )}
      <ErrorAlert error={failure} />
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
        <Typography role="status" sx={{ flexGrow: 1 }} color={changes > 0 ? 'warning.dark' : 'text.secondary'}>
          {changes > 0 ? translate('app.exams.grid.changes', { smart_count: changes }) : translate('app.exams.grid.no_change')}
        </Typography>
        <Box sx={{ display: 'flex', gap: 1, ml: 'auto', flexWrap: 'wrap', justifyContent: 'flex-end' }}>
          <Button startIcon={<UndoIcon />} onClick={onDiscard} disabled={pending || changes === 0}>
            {translate('app.exams.grid.discard')}
          </Button>
          <Button ref={ref} variant="contained" startIcon={<SaveIcon />} onClick={onSave} disabled={pending}>
            {translate('app.exams.grid.save')}
          </Button>
        </Box>
      </Box>
    </Paper>
  );
};
