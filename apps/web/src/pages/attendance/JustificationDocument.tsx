import { useState } from 'react';
import AttachFileIcon from '@mui/icons-material/AttachFile';
import DescriptionIcon from '@mui/icons-material/Description';
import { Box, Button } from '@mui/material';
import { useNotify, useTranslate } from 'react-admin';
import { attendanceApi } from '../../api/attendance';
import { errorMessage } from '../../api/errors';
import type { AttendanceLine, AttendanceSheet } from '../../api/types';
import { EXTENSIONS, download } from '../../lib/download';

interface Props {
  sessionId: string;
  line: AttendanceLine;
  onChange: (sheet: AttendanceSheet) => void;
}

/** Staff: the document justifying an excused absence (attach a PDF, JPEG or PNG; open it). */
export const JustificationDocument = ({ sessionId, line, onChange }: Props) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [pending, setPending] = useState(false);
  const run = async (action: () => Promise<void>) => {
    setPending(true);
    try {
      await action();
    } catch (error) {
      notify(errorMessage(error), { type: 'error' });
    } finally {
      setPending(false);
    }
  };
  const attach = (file: File) =>
    run(async () => {
      onChange(await attendanceApi.attachDocument(sessionId, line.traineeId, file));
      notify('app.attendance.document_attached', { type: 'success' });
    });
  const open = () =>
    run(async () => {
      const blob = await attendanceApi.document(sessionId, line.traineeId);
      download(blob, `justificatif-${line.lastName}.${EXTENSIONS[blob.type] ?? 'pdf'}`);
    });

  return (
    <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', mt: 0.5 }}>
      {line.hasDocument && (
        <Button size="small" startIcon={<DescriptionIcon />} onClick={open} disabled={pending}>
          {translate('app.attendance.document_open')}
        </Button>
      )}
      <Button size="small" component="label" startIcon={<AttachFileIcon />} disabled={pending}>
        {translate(line.hasDocument ? 'app.attendance.document_replace' : 'app.attendance.document_attach')}
        <input
          hidden
          type="file"
          accept={Object.keys(EXTENSIONS).join(',')}
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) void attach(file);
          }}
        />
      </Button>
    </Box>
  );
};
