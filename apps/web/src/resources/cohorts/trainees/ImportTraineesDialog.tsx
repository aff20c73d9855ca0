import { useState } from 'react';
import { Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, Typography, useMediaQuery, type Theme } from '@mui/material';
import { useNotify, useRefresh, useTranslate } from 'react-admin';
import { errorDetails } from '../../../api/errors';
import { traineesApi } from '../../../api/trainees';
import { CsvFileInput } from '../../../components/CsvFileInput';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { ImportReport, type LineErrors } from '../../../components/ImportReport';

interface Props {
  cohortId: string;
  open: boolean;
  onClose: () => void;
}

const COLUMNS = 'Nom;Prénom;E-mail;Téléphone';

/** « Importer un fichier CSV »: the expected columns, a file picker, the per-line report of a refused file. */
export const ImportTraineesDialog = ({ cohortId, open, onClose }: Props) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const fullScreen = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [report, setReport] = useState<LineErrors>({});
  const [pending, setPending] = useState(false);

  const close = () => {
    setFile(null);
    setError(null);
    setReport({});
    onClose();
  };
  const submit = async () => {
    if (!file) return;
    setPending(true);
    setError(null);
    setReport({});
    try {
      const result = await traineesApi.importCsv(cohortId, file);
      notify('app.trainees.import.done', { type: 'success', messageArgs: { smart_count: result.imported } });
      refresh();
      close();
    } catch (failure) {
      setError(failure);
      setReport(errorDetails(failure));
    } finally {
      setPending(false);
    }
  };

  return (
    <Dialog open={open} onClose={close} fullWidth maxWidth="md" fullScreen={fullScreen}>
      <DialogTitle>{translate('app.trainees.import.title')}</DialogTitle>
      <DialogContent>
        <Typography sx={{ mb: 1 }}>{translate('app.trainees.import.intro')}</Typography>
        <Box component="pre" sx={{ p: 1.5, bgcolor: 'action.hover', borderRadius: 1, overflowX: 'auto', my: 1 }}>
          {`${COLUMNS}\n${translate('app.trainees.import.example')}`}
        </Box>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {translate('app.trainees.import.rules')}
        </Typography>
        <CsvFileInput
          file={file}
          chooseLabel="app.trainees.import.choose"
          noneLabel="app.trainees.import.none"
          onChange={(chosen) => {
            setFile(chosen);
            setError(null);
            setReport({});
          }}
        />
        <ErrorAlert error={error} />
        <ImportReport errors={report} title="app.trainees.import.report" />
      </DialogContent>
      <DialogActions>
        <Button onClick={close}>{translate('ra.action.close')}</Button>
        <Button onClick={submit} variant="contained" disabled={!file || pending}>
          {translate('app.trainees.import.submit')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
