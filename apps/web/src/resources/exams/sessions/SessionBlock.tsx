import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import EditNoteIcon from '@mui/icons-material/EditNote';
import PersonAddIcon from '@mui/icons-material/PersonAdd';
import { Box, Button, Chip, Paper, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { ExamSessionDetail } from '../../../api/exams';
import type { CertificationVersion } from '../../../api/types';
import { marksPath } from '../../../lib/exams';
import { useAssessmentText } from '../useAssessmentText';
import { ConveneDialog } from './ConveneDialog';
import { attemptLabel } from './sessionText';

interface Props {
  session: ExamSessionDetail;
  blockId: string;
  /** From the referential (code and title); the convocations give the code until it is loaded. */
  block: CertificationVersion['blocks'][number] | undefined;
  /** Staff and school admin convene; trainers read. */
  canConvene: boolean;
  onChange: (session: ExamSessionDetail) => void;
}

/** A block of the session: its épreuves, the trainees convened with their attempt, « Convoquer » and « Saisir les notes ». */
export const SessionBlock = ({ session, blockId, block, canConvene, onChange }: Props) => {
  const translate = useTranslate();
  const describe = useAssessmentText();
  const [convening, setConvening] = useState(false);
  const assessments = session.assessments.filter((assessment) => assessment.blockId === blockId);
  const convened = session.convened.filter((line) => line.blockId === blockId);
  const code = block?.code ?? convened[0]?.blockCode ?? '';
  const name = block ? translate('app.exams.block', { code: block.code, title: block.title }) : code;
  const headingId = `exam-block-${blockId}`;

  return (
    <Paper variant="outlined" component="section" aria-labelledby={headingId} sx={{ p: 2 }}>
      <Typography id={headingId} variant="h6" component="h2">
        {name}
      </Typography>
      <Box component="ul" sx={{ m: 0, mt: 0.5, pl: 2.5 }} aria-label={translate('app.exams.session.epreuves')}>
        {assessments.map((assessment) => (
          <li key={assessment.id}>
            <Typography component="span" sx={{ fontWeight: 600 }}>
              {assessment.label}
            </Typography>
            <Typography component="span" variant="body2" color="text.secondary">{` · ${describe(assessment)}`}</Typography>
          </li>
        ))}
      </Box>
      <Typography variant="subtitle2" component="h3" sx={{ mt: 2 }}>
        {translate('app.exams.session.convened_title', { smart_count: convened.length })}
      </Typography>
      {convened.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {translate('app.exams.session.none')}
        </Typography>
      ) : (
        <Box component="ul" aria-label={translate('app.exams.session.convened_list', { block: code })} sx={{ p: 0, m: 0 }}>
          {convened.map((line) => (
            <Box
              component="li"
              key={line.attemptId}
              sx={{ listStyle: 'none', display: 'flex', gap: 1, alignItems: 'center', py: 0.5, borderBottom: 1, borderColor: 'divider' }}
            >
              <Typography sx={{ flexGrow: 1 }}>{line.traineeName}</Typography>
              <Chip
                size="small"
                variant={line.number > 1 ? 'filled' : 'outlined'}
                color={line.number > 1 ? 'warning' : 'default'}
                label={attemptLabel(line.number, translate)}
              />
            </Box>
          ))}
        </Box>
      )}
      <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', mt: 2 }}>
        {canConvene && (
          <Button variant="outlined" startIcon={<PersonAddIcon />} onClick={() => setConvening(true)}>
            {translate('app.exams.session.convene')}
          </Button>
        )}
        <Button
          variant="contained"
          startIcon={<EditNoteIcon />}
          component={RouterLink}
          to={marksPath(session.id, blockId)}
          aria-label={translate('app.exams.session.marks_label', { block: code })}
        >
          {translate('app.exams.session.marks')}
        </Button>
      </Box>
      {convening && (
        <ConveneDialog
          session={session}
          blockId={blockId}
          blockName={name}
          onDone={(next) => {
            onChange(next);
            setConvening(false);
          }}
          onClose={() => setConvening(false)}
        />
      )}
    </Paper>
  );
};
