import { useId } from 'react';
import PictureAsPdfIcon from '@mui/icons-material/PictureAsPdf';
import { Box, Button, List, ListItem, Typography, type SxProps, type Theme } from '@mui/material';
import { useTranslate } from 'react-admin';
import { documentsApi, type DocumentRequest } from '../../api/documents';
import { ErrorAlert } from '../ErrorAlert';
import { FileButton } from '../FileButton';
import { BatchProgress } from './BatchProgress';
import { useDocumentBatch } from './useDocumentBatch';

/**
 * A button per kind of document (« Procès-verbal (PDF) », « Attestations de fin de formation »…): asks the worker for
 * the batch, shows its progress, then the files to download. The API's refusal (no trainee…) is shown under it.
 */
export const DocumentBatch = ({ request, sx }: { request: DocumentRequest; sx?: SxProps<Theme> }) => {
  const translate = useTranslate();
  const listId = useId();
  const { batch, running, error, start } = useDocumentBatch(request);
  const files = batch?.documents.filter((document) => document.status === 'done') ?? [];
  const label = translate(`app.documents.kind.${request.kind}`);
  return (
    <Box sx={[{ display: 'grid', gap: 1, alignContent: 'start', minWidth: 0 }, ...(Array.isArray(sx) ? sx : [sx])]}>
      <Button variant="outlined" startIcon={<PictureAsPdfIcon />} onClick={start} disabled={running} sx={{ justifySelf: 'start' }}>
        {label}
      </Button>
      <ErrorAlert error={error} />
      {batch && <BatchProgress batch={batch} />}
      {files.length > 0 && (
        <>
          <Typography id={listId} variant="subtitle2" component="h3">
            {translate('app.documents.batch.files')}
          </Typography>
          <List dense disablePadding aria-labelledby={listId}>
            {files.map((document) => (
              <ListItem key={document.id} disableGutters sx={{ py: 0 }}>
                <FileButton
                  size="small"
                  load={() => documentsApi.file(document.id)}
                  fallbackName={document.fileName}
                  label={translate('app.documents.batch.download', { name: document.fileName })}
                  sx={{ textTransform: 'none', textAlign: 'left' }}
                >
                  {document.fileName}
                </FileButton>
              </ListItem>
            ))}
          </List>
        </>
      )}
    </Box>
  );
};
