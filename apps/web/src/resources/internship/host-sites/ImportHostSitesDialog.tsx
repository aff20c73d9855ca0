import { useState } from 'react';
import { Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, Typography, useMediaQuery, type Theme } from '@mui/material';
import { useNotify, useRefresh, useTranslate } from 'react-admin';
import { errorDetails } from '../../../api/errors';
import { hostSitesApi, HOST_SITE_CSV_COLUMNS, type HostSiteImport } from '../../../api/internship';
import { CsvFileInput } from '../../../components/CsvFileInput';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { ImportReport, type LineErrors } from '../../../components/ImportReport';
import { ImportPreview } from './ImportPreview';

interface Props {
  open: boolean;
  onClose: () => void;
}

/**
 * « Importer des lieux de stage »: the expected columns, a file, « Vérifier le fichier » (the API's dryRun: what each
 * line would do, or the lines in error), then « Confirmer l’import ».
 */
export const ImportHostSitesDialog = ({ open, onClose }: Props) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const fullScreen = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [report, setReport] = useState<LineErrors>({});
  const [preview, setPreview] = useState<HostSiteImport | null>(null);
  const [pending, setPending] = useState(false);

  const reset = (chosen: File | null) => {
    setFile(chosen);
    setError(null);
    setReport({});
    setPreview(null);
  };
  const close = () => {
    reset(null);
    onClose();
  };
  const send = async (dryRun: boolean) => {
    if (!file) return;
    setPending(true);
    setError(null);
    setReport({});
    try {
      const result = await hostSitesApi.importCsv(file, dryRun);
      if (dryRun) setPreview(result);
      else {
        notify('app.internship.import.done', { type: 'success', messageArgs: result });
        refresh();
        close();
      }
    } catch (failure) {
      setPreview(null);
      setError(failure);
      setReport(errorDetails(failure));
    } finally {
      setPending(false);
    }
  };

  return (
    <Dialog open={open} onClose={close} fullWidth maxWidth="md" fullScreen={fullScreen}>
      <DialogTitle>{translate('app.internship.import.title')}</DialogTitle>
      <DialogContent>
        <Typography sx={{ mb: 1 }}>{translate('app.internship.import.intro')}</Typography>
        <Box component="pre" sx={{ p: 1.5, bgcolor: 'action.hover', borderRadius: 1, overflowX: 'auto', my: 1, fontSize: 12 }}>
          {`${HOST_SITE_CSV_COLUMNS.join(';')}\n${translate('app.internship.import.example')}`}
        </Box>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {translate('app.internship.import.rules')}
        </Typography>
        <CsvFileInput file={file} onChange={reset} chooseLabel="app.internship.import.choose" noneLabel="app.internship.import.none" />
        <ErrorAlert error={error} />
        <ImportReport errors={report} title="app.internship.import.report" />
        {preview && <ImportPreview preview={preview} />}
      </DialogContent>
      <DialogActions>
        <Button onClick={close}>{translate('ra.action.close')}</Button>
        <Button onClick={() => send(true)} disabled={!file || pending}>
          {translate('app.internship.import.preview')}
        </Button>
        <Button onClick={() => send(false)} variant="contained" disabled={!preview || pending}>
          {translate('app.internship.import.confirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
