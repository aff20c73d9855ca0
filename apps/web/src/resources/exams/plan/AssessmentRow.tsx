import { useState } from 'react';
import ArchiveIcon from '@mui/icons-material/Archive';
import EditIcon from '@mui/icons-material/Edit';
import { Chip, IconButton, TableCell, TableRow, Tooltip } from '@mui/material';
import { Confirm, useNotify, useTranslate } from 'react-admin';
import { assessmentApi, type Assessment } from '../../../api/exams';
import { errorMessage } from '../../../api/errors';
import { frenchNumber } from '../../../lib/exams';

interface Props {
  assessment: Assessment;
  onEdit: () => void;
  onRetired: () => void;
}

/** An épreuve: kind, label, « sur 20 », pass mark, weight, active or retired; « Modifier » and « Retirer ». */
export const AssessmentRow = ({ assessment, onEdit, onRetired }: Props) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [retiring, setRetiring] = useState(false);
  const [pending, setPending] = useState(false);
  const { label, active } = assessment;
  const max = frenchNumber(assessment.maxMark);

  const retire = async () => {
    setPending(true);
    try {
      await assessmentApi.retire(assessment.id);
      notify('app.exams.plan.retired_done', { type: 'success' });
      setRetiring(false);
      onRetired();
    } catch (error) {
      notify(errorMessage(error), { type: 'error' });
    } finally {
      setPending(false);
    }
  };

  return (
    <TableRow aria-label={label} sx={active ? undefined : { '& td': { color: 'text.disabled' } }}>
      <TableCell>{translate(`app.exams.kind.${assessment.kind}`)}</TableCell>
      <TableCell sx={{ fontWeight: 600 }}>{label}</TableCell>
      <TableCell sx={{ whiteSpace: 'nowrap' }}>{translate('app.exams.on', { max })}</TableCell>
      <TableCell sx={{ whiteSpace: 'nowrap' }}>
        {translate('app.exams.mark_on', { mark: frenchNumber(assessment.passMark), max })}
      </TableCell>
      <TableCell>{frenchNumber(assessment.weight)}</TableCell>
      <TableCell>
        <Chip
          size="small"
          variant="outlined"
          color={active ? 'success' : 'default'}
          label={translate(active ? 'app.exams.plan.active' : 'app.exams.plan.retired')}
        />
      </TableCell>
      <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
        <Tooltip title={translate('app.exams.plan.edit')}>
          <IconButton aria-label={translate('app.exams.plan.edit_label', { label })} onClick={onEdit}>
            <EditIcon fontSize="small" />
          </IconButton>
        </Tooltip>
        {active && (
          <Tooltip title={translate('app.exams.plan.retire')}>
            <IconButton aria-label={translate('app.exams.plan.retire_label', { label })} onClick={() => setRetiring(true)}>
              <ArchiveIcon fontSize="small" />
            </IconButton>
          </Tooltip>
        )}
        <Confirm
          isOpen={retiring}
          loading={pending}
          title="app.exams.plan.retire_title"
          titleTranslateOptions={{ label }}
          content="app.exams.plan.retire_content"
          confirm="app.exams.plan.retire"
          onConfirm={retire}
          onClose={() => setRetiring(false)}
        />
      </TableCell>
    </TableRow>
  );
};
