import PictureAsPdfIcon from '@mui/icons-material/PictureAsPdf';
import { Box, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { ApiFile } from '../../api/client';
import type { AttemptLine } from '../../api/juries';
import { shortDay } from '../../lib/dates';
import { markOn20 } from '../../lib/juries';
import { FileButton } from '../FileButton';
import { ResultChip } from './OutcomeChip';

/** Fetches an attempt's convocation (the staff's or the trainee's own). */
export type ConvocationLoader = (attemptId: string) => Promise<ApiFile>;

/** One attempt: number and result, date and session, average on 20, the rules' explanation, the convocation (PDF). */
export const AttemptItem = ({ attempt, convocation }: { attempt: AttemptLine; convocation: ConvocationLoader }) => {
  const translate = useTranslate();
  return (
    <Box component="li" sx={{ listStyle: 'none', py: 1, borderTop: 1, borderColor: 'divider' }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
        <Typography sx={{ fontWeight: 600 }}>{translate('app.juries.results.attempt', { number: attempt.number })}</Typography>
        <ResultChip result={attempt.result} />
        <Typography sx={{ ml: 'auto', fontWeight: 600 }}>
          {translate('app.juries.results.average', { average: markOn20(attempt.average) })}
        </Typography>
      </Box>
      <Typography variant="body2" color="text.secondary">
        {translate('app.juries.results.session', { date: shortDay(attempt.sessionDate), name: attempt.sessionName })}
      </Typography>
      <Typography variant="body2">{attempt.explanation}</Typography>
      <FileButton
        size="small"
        startIcon={<PictureAsPdfIcon />}
        load={() => convocation(attempt.attemptId)}
        fallbackName={`convocation-${attempt.sessionDate}.pdf`}
        label={translate('app.documents.convocation.label', { number: attempt.number })}
        sx={{ mt: 0.5, ml: -0.5 }}
      >
        {translate('app.documents.convocation.link')}
      </FileButton>
    </Box>
  );
};
