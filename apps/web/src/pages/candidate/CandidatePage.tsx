import { useParams } from 'react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Box, Typography } from '@mui/material';
import { Loading, useTranslate } from 'react-admin';
import { applicationsApi } from '../../api/applications';
import type { CandidateFile } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PublicLayout } from '../../components/PublicLayout';
import { isFileOpen } from '../../lib/applications';
import { DocumentItem } from './DocumentItem';
import { FileSummary } from './FileSummary';
import { SubmitFile } from './SubmitFile';

/** `/candidature/:token`: the candidate's file, reached from the personal link e-mailed to them. */
const CandidatePage = () => {
  const translate = useTranslate();
  const { token = '' } = useParams();
  const queryClient = useQueryClient();
  const queryKey = ['public', 'application', token];
  const file = useQuery({ queryKey, queryFn: () => applicationsApi.file(token), retry: false });
  /** Shows the file an action answered with, then re-reads it (another document may have arrived meanwhile). */
  const setFile = (updated: CandidateFile) => {
    queryClient.setQueryData(queryKey, updated);
    void queryClient.invalidateQueries({ queryKey });
  };

  const content = () => {
    if (file.isPending) return <Loading />;
    if (file.error) return <ErrorAlert error={file.error} />;
    const editable = isFileOpen(String(file.data.status));
    return (
      <>
        <FileSummary file={file.data} />
        <Typography variant="h6" component="h2" sx={{ mb: 1 }}>
          {translate('app.candidate.documents')}
        </Typography>
        <Box component="ul" sx={{ p: 0, m: 0, mb: 2 }}>
          {file.data.checklist.map((item) => (
            <DocumentItem key={String(item.kind)} token={token} item={item} editable={editable} onFile={setFile} />
          ))}
        </Box>
        <SubmitFile token={token} file={file.data} onFile={setFile} />
        <Typography variant="body2" color="text.secondary" sx={{ mt: 2 }}>
          {translate('app.candidate.keep_link')}
        </Typography>
      </>
    );
  };

  return (
    <PublicLayout title="app.candidate.title" wide>
      {content()}
    </PublicLayout>
  );
};

export default CandidatePage;
