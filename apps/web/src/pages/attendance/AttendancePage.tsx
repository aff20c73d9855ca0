import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import { Alert, Box, IconButton, LinearProgress, Tooltip, Typography } from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Title, useNotify, usePermissions, useTranslate } from 'react-admin';
import { attendanceApi } from '../../api/attendance';
import { errorMessage } from '../../api/errors';
import type { AttendanceInput, AttendanceLine, AttendanceSheet, AttendanceStatus } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { needsDetails, sheetState } from '../../lib/attendance';
import { isStaffRole } from '../../lib/roles';
import { useNow } from '../../lib/useNow';
import { AttendanceRow } from './AttendanceRow';
import { JustificationDocument } from './JustificationDocument';
import { SheetActions } from './SheetActions';
import { SheetHeader } from './SheetHeader';
import { StatusDialog, type StatusChoice } from './StatusDialog';

/** Signatures arrive from the trainees' phones: the open sheet refreshes itself. */
const REFRESH_MS = 15_000;

/** Feuille d'émargement: the trainer during the session, the staff at any time (with a reason once closed). */
const AttendancePage = () => {
  const { id = '' } = useParams();
  const translate = useTranslate();
  const notify = useNotify();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { permissions } = usePermissions();
  const now = useNow();
  const [choice, setChoice] = useState<StatusChoice | null>(null);
  const queryKey = ['attendance', id];
  const sheet = useQuery({ queryKey, queryFn: () => attendanceApi.sheet(id), refetchInterval: REFRESH_MS });

  if (sheet.isPending) return <LinearProgress sx={{ mt: 2 }} />;
  if (sheet.error) return <ErrorAlert error={sheet.error} />;

  const data = sheet.data;
  const { started, closed } = sheetState(data, now);
  const staff = isStaffRole(permissions);
  const reasonRequired = staff && closed;
  const changed = (next: AttendanceSheet) => {
    queryClient.setQueryData(queryKey, next);
    void queryClient.invalidateQueries({ queryKey: ['sessions'] });
  };
  const save = async (line: AttendanceLine, input: AttendanceInput) => {
    changed(await attendanceApi.record(id, line.traineeId, input));
    notify('app.attendance.saved', { type: 'success' });
  };
  const choose = (line: AttendanceLine, status: AttendanceStatus) => {
    if (needsDetails(status, reasonRequired)) setChoice({ line, status });
    else save(line, { status }).catch((error: unknown) => notify(errorMessage(error), { type: 'error' }));
  };
  // The trainer keeps the sheet only while it is open; before the start, only an excused absence.
  const disabled = (status: AttendanceStatus) => (!staff && closed) || (!started && status !== 'excused');

  return (
    <Box sx={{ maxWidth: 1100, mx: 'auto', py: 2 }}>
      <Title title="app.attendance.title" />
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mb: 1 }}>
        <Tooltip title={translate('ra.action.back')}>
          <IconButton onClick={() => navigate(-1)} aria-label={translate('ra.action.back')}>
            <ArrowBackIcon />
          </IconButton>
        </Tooltip>
        <Typography variant="h5" component="h1" sx={{ flexGrow: 1 }}>
          {`${data.session.blockCode} · ${data.session.moduleTitle ?? data.session.blockTitle}`}
        </Typography>
      </Box>
      <SheetHeader sheet={data} now={now} />
      {closed && (
        <Alert severity={staff ? 'warning' : 'info'} sx={{ mb: 2 }}>
          {translate(staff ? 'app.attendance.closed_staff' : 'app.attendance.closed_trainer')}
        </Alert>
      )}
      {data.lines.length === 0 ? (
        <Typography color="text.secondary">{translate('app.attendance.empty')}</Typography>
      ) : (
        <Box component="ul" aria-label={translate('app.attendance.trainees')} sx={{ p: 0, m: 0, display: 'grid', gap: 1 }}>
          {data.lines.map((line) => (
            <AttendanceRow
              key={line.traineeId}
              line={line}
              disabled={disabled}
              onChoose={choose}
              document={staff && <JustificationDocument sessionId={id} line={line} onChange={changed} />}
            />
          ))}
        </Box>
      )}
      <SheetActions sheet={data} started={started} onChange={changed} />
      <StatusDialog
        choice={choice}
        sessionMinutes={data.session.minutes}
        reasonRequired={reasonRequired}
        onSubmit={async (input) => {
          if (!choice) return;
          await save(choice.line, input);
          setChoice(null);
        }}
        onClose={() => setChoice(null)}
      />
    </Box>
  );
};

export default AttendancePage;
