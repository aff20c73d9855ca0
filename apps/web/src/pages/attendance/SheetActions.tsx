import { useState } from 'react';
import DownloadIcon from '@mui/icons-material/Download';
import HowToRegIcon from '@mui/icons-material/HowToReg';
import { Box, Button } from '@mui/material';
import { useNotify, useTranslate } from 'react-admin';
import { attendanceApi } from '../../api/attendance';
import { errorMessage } from '../../api/errors';
import type { AttendanceSheet } from '../../api/types';
import { download } from '../../lib/download';

interface Props {
  sheet: AttendanceSheet;
  started: boolean;
  onChange: (sheet: AttendanceSheet) => void;
}

/** « Contresigner la feuille » (once the session has started) and « Télécharger la feuille (PDF) ». */
export const SheetActions = ({ sheet, started, onChange }: Props) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [pending, setPending] = useState<'sign' | 'pdf' | null>(null);

  const run = async (kind: 'sign' | 'pdf') => {
    setPending(kind);
    try {
      if (kind === 'sign') {
        onChange(await attendanceApi.countersign(sheet.session.id));
        notify('app.attendance.countersign_done', { type: 'success' });
      } else {
        download(
          await attendanceApi.pdf(sheet.session.id),
          `emargement-${sheet.session.date}-${sheet.session.startTime.replace(':', 'h')}.pdf`,
        );
      }
    } catch (error) {
      notify(errorMessage(error), { type: 'error' });
    } finally {
      setPending(null);
    }
  };

  return (
    <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', justifyContent: 'flex-end', my: 2 }}>
      <Button variant="outlined" size="large" startIcon={<DownloadIcon />} disabled={pending !== null} onClick={() => run('pdf')}>
        {translate('app.attendance.pdf')}
      </Button>
      {!sheet.countersignedAt && (
        <Button
          variant="contained"
          size="large"
          startIcon={<HowToRegIcon />}
          disabled={!started || pending !== null}
          title={started ? undefined : translate('app.attendance.countersign_later')}
          onClick={() => run('sign')}
        >
          {translate('app.attendance.countersign')}
        </Button>
      )}
    </Box>
  );
};
