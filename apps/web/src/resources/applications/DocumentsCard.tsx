import { Box, Card, CardContent, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { ApplicationDetail } from '../../api/types';
import { DocumentRow } from './DocumentRow';

/** Every document received, oldest first. */
export const DocumentsCard = ({ application }: { application: ApplicationDetail }) => {
  const translate = useTranslate();
  return (
    <Card variant="outlined">
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>
          {translate('app.admissions.documents')}
        </Typography>
        {application.documents.length === 0 ? (
          <Typography color="text.secondary">{translate('app.admissions.no_document')}</Typography>
        ) : (
          <Box component="ul" sx={{ p: 0, m: 0 }}>
            {application.documents.map((document) => (
              <DocumentRow key={document.id} application={application} document={document} />
            ))}
          </Box>
        )}
      </CardContent>
    </Card>
  );
};
