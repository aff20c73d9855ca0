import { useState, type ReactNode } from 'react';
import { Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, Typography, useMediaQuery, type Theme } from '@mui/material';
import { useNotify, useRefresh, useTranslate } from 'react-admin';
import { errorDetails } from '../api/errors';
import { CsvFileInput } from './CsvFileInput';
import { ErrorAlert } from './ErrorAlert';
import { ImportReport, type LineErrors } from './ImportReport';

interface Props<R, P> {
  open: boolean;
  onClose: () => void;
  /** Catalogue prefix of the texts: title, intro, example, rules, choose, none, report, submit, done (and preview). */
  labels: string;
  /** The header line of the expected file. */
  columns: string;
  /** Imports the file (all or nothing); the result gives the arguments of the `done` message. */
  send: (file: File) => Promise<R>;
  done: (result: R) => Record<string, unknown>;
  /** When given, « preview » checks the file first (a dry run) and `submit` is offered once the preview is shown. */
  check?: { run: (file: File) => Promise<P>; render: (preview: P) => ReactNode };
}

/**
 * « Importer un fichier CSV »: the expected columns and an example, a file picker, the per-line report of a refused file
 * (nothing is imported then), an optional dry-run preview, then the import.
 */
export function CsvImportDialog<R, P>({ open, onClose, labels, columns, send, done, check }: Props<R, P>) {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const fullScreen = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [report, setReport] = useState<LineErrors>({});
  const [preview, setPreview] = useState<P | null>(null);
  const [pending, setPending] = useState(false);
  const t = (key: string) => translate(`${labels}.${key}`);

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
  const run = async (work: (file: File) => Promise<void>) => {
    if (!file) return;
    setPending(true);
    setError(null);
    setReport({});
    try {
      await work(file);
    } catch (failure) {
      setPreview(null);
      setError(failure);
      setReport(errorDetails(failure));
    } finally {
      setPending(false);
    }
  };
  const submit = () =>
    run(async (chosen) => {
      const result = await send(chosen);
      notify(`${labels}.done`, { type: 'success', messageArgs: done(result) });
      refresh();
      close();
    });

  return (
    <Dialog open={open} onClose={close} fullWidth maxWidth="md" fullScreen={fullScreen}>
      <DialogTitle>{t('title')}</DialogTitle>
      <DialogContent>
        <Typography sx={{ mb: 1 }}>{t('intro')}</Typography>
        <Box component="pre" sx={{ p: 1.5, bgcolor: 'action.hover', borderRadius: 1, overflowX: 'auto', my: 1, fontSize: 12 }}>
          {`${columns}\n${t('example')}`}
        </Box>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {t('rules')}
        </Typography>
        <CsvFileInput file={file} onChange={reset} chooseLabel={`${labels}.choose`} noneLabel={`${labels}.none`} />
        <ErrorAlert error={error} />
        <ImportReport errors={report} title={`${labels}.report`} />
        {check && preview !== null && check.render(preview)}
      </DialogContent>
      <DialogActions>
        <Button onClick={close}>{translate('ra.action.close')}</Button>
        {check && (
          <Button onClick={() => run(async (chosen) => setPreview(await check.run(chosen)))} disabled={!file || pending}>
            {t('preview')}
          </Button>
        )}
        <Button onClick={submit} variant="contained" disabled={!file || pending || (check !== undefined && preview === null)}>
          {t('submit')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
