import { Box, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Title, useTranslate } from 'react-admin';
import { documentsApi } from '../../api/documents';
import { juriesApi, juriesKeys } from '../../api/juries';
import { ResultsView } from '../../components/results/ResultsView';

/** « Mes résultats » (trainee, phone first): per block the jury's decision, the attempts and the retakes left. */
const MyResultsPage = () => {
  const translate = useTranslate();
  const results = useQuery({ queryKey: juriesKeys.mine, queryFn: juriesApi.myResults });
  return (
    <Box sx={{ maxWidth: 720, mx: 'auto', py: 2 }}>
      <Title title="app.juries.results.menu" />
      <Typography variant="h5" component="h1">
        {translate('app.juries.results.menu')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {translate('app.juries.results.intro')}
      </Typography>
      <ResultsView results={results} convocation={documentsApi.myConvocation} />
    </Box>
  );
};

export default MyResultsPage;
