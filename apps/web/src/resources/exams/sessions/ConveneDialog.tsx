import { Typography } from '@mui/material';
import { useNotify, useTranslate } from 'react-admin';
import { examSessionsApi, type ExamSessionDetail } from '../../../api/exams';
import { FormDialog } from '../../../components/FormDialog';
import { TraineeChoice } from './TraineeChoice';

interface Props {
  session: ExamSessionDetail;
  blockId: string;
  /** « BC01 — … » */
  blockName: string;
  onDone: (session: ExamSessionDetail) => void;
  onClose: () => void;
}

/**
 * « Convoquer » to a block: trainees ticked in a cohort; each gets an attempt and an e-mail. All or nothing: the API's
 * refusal (retake rules, naming the trainee) shows in the dialog, which stays open.
 */
export const ConveneDialog = ({ session, blockId, blockName, onDone, onClose }: Props) => {
  const translate = useTranslate();
  const notify = useNotify();
  const submit = async (values: Partial<{ traineeIds: string[] }>) => {
    const traineeIds = values.traineeIds ?? [];
    const next = await examSessionsApi.convene(session.id, blockId, traineeIds);
    notify('app.exams.session.convened_done', { type: 'success', messageArgs: { smart_count: traineeIds.length } });
    onDone(next);
  };
  return (
    <FormDialog<{ traineeIds: string[] }>
      open
      title="app.exams.session.convene_title"
      titleOptions={{ block: blockName }}
      submitLabel="app.exams.session.convene_submit"
      resource="exam-sessions"
      defaultValues={{ traineeIds: [] }}
      onSubmit={submit}
      onClose={onClose}
    >
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {translate('app.exams.session.convene_intro')}
      </Typography>
      <TraineeChoice session={session} blockId={blockId} />
    </FormDialog>
  );
};
