import { Alert, Box, LinearProgress, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { DocumentBatch } from '../../api/documents';

/** « 3 / 12 » with a bar, the failed count, and each failure with the worker's reason. */
export const BatchProgress = ({ batch }: { batch: DocumentBatch }) => {
  const translate = useTranslate();
  const failures = batch.documents.filter((document) => document.status === 'failed');
  return (
    <Box role="status" sx={{ display: 'grid', gap: 0.5 }}>
      <LinearProgress
        variant="determinate"
        value={batch.total ? Math.round(batch.progress * 100) : 100}
        color={batch.failed ? 'warning' : 'primary'}
        aria-label={translate(`app.documents.kind.${batch.kind}`)}
      />
      <Typography variant="body2">
        {translate('app.documents.batch.progress', { done: batch.done, total: batch.total })}
        {batch.failed > 0 && ` · ${translate('app.documents.batch.failed', { smart_count: batch.failed })}`}
      </Typography>
      {failures.length > 0 && (
        <Alert severity="error">
          <Box component="ul" sx={{ m: 0, pl: 2 }}>
            {failures.map((document) => (
              <li key={document.id}>
                {translate('app.documents.batch.failed_file', { name: document.fileName, error: document.error ?? '' })}
              </li>
            ))}
          </Box>
        </Alert>
      )}
    </Box>
  );
};
