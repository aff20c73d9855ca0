import type { KeyboardEvent } from 'react';
import { Box, InputBase, TableCell } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { CellState } from './useMarkSheet';

interface Props {
  state: CellState;
  row: number;
  col: number;
  /** « Écrit — MOREAU Léa » */
  label: string;
  /** Show a refused text (not while it is being typed, unless a save was tried). */
  showError: boolean;
  readOnly: boolean;
  onChange: (text: string) => void;
  onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => void;
  onFocus: () => void;
  onBlur: () => void;
}

/** A mark in the grid: a text box (« 12,5 », « abs », empty), a corner marker once changed, red when refused. */
export const MarkCell = ({ state, row, col, label, showError, readOnly, onChange, onKeyDown, onFocus, onBlur }: Props) => {
  const translate = useTranslate();
  const error = showError ? state.error : undefined;
  return (
    <TableCell align="center" sx={{ p: 0.5, bgcolor: state.dirty ? 'rgba(237, 108, 2, 0.08)' : undefined }}>
      <Box sx={{ position: 'relative', display: 'inline-block' }}>
        <InputBase
          value={state.text}
          onChange={(event) => onChange(event.target.value)}
          onKeyDown={onKeyDown}
          onFocus={(event) => {
            event.target.select();
            onFocus();
          }}
          onBlur={onBlur}
          readOnly={readOnly}
          error={!!error}
          inputProps={{
            'data-row': row,
            'data-col': col,
            'data-dirty': state.dirty,
            'aria-label': label,
            'aria-invalid': !!error,
            'aria-description': [state.dirty && translate('app.exams.grid.dirty'), error].filter(Boolean).join(' ') || undefined,
            title: error,
            enterKeyHint: 'next',
            autoComplete: 'off',
            autoCapitalize: 'off',
            spellCheck: false,
          }}
          sx={{
            width: 84,
            border: error ? 2 : 1,
            borderColor: error ? 'error.main' : 'divider',
            borderRadius: 1,
            bgcolor: error ? 'rgba(211, 47, 47, 0.06)' : 'background.paper',
            '&.Mui-focused': { borderColor: error ? 'error.main' : 'primary.main', boxShadow: 1 },
            // 16 px at least: tablets do not zoom in on focus.
            '& input': { textAlign: 'center', fontSize: 16, py: 1, px: 0.5 },
          }}
        />
        {state.dirty && (
          <Box
            aria-hidden
            title={translate('app.exams.grid.dirty')}
            sx={{
              position: 'absolute',
              top: 2,
              right: 2,
              width: 0,
              height: 0,
              borderTopRightRadius: 4,
              borderTop: '10px solid',
              borderLeft: '10px solid transparent',
              borderTopColor: 'warning.main',
            }}
          />
        )}
      </Box>
    </TableCell>
  );
};
