import { Box } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { DateInput, FormDataConsumer, SelectInput, TextInput, maxLength, minLength, required, useNotify } from 'react-admin';
import { examKeys, examSessionsApi, type BlockPlan, type ExamSessionInput } from '../../../api/exams';
import { useVersions } from '../../../api/hooks';
import { FormDialog } from '../../../components/FormDialog';
import { parisDay } from '../../../lib/dates';
import { currentVersion, examSessionPath } from '../../../lib/exams';
import { AssessmentChoice } from './AssessmentChoice';

const row = { display: 'flex', gap: { xs: 0, sm: 2 }, flexDirection: { xs: 'column', sm: 'row' } } as const;
const START_TIME = '09:00';

/** « Nouvelle session »: name, date, time, place and the épreuves sitting (checkboxes by block); then the session's page. */
export const NewSessionDialog = ({ onClose }: { onClose: () => void }) => {
  const notify = useNotify();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const versions = useVersions();
  const sorted = [...(versions.data ?? [])].sort((a, b) => b.code.localeCompare(a.code));
  const versionId = currentVersion(sorted)?.id;

  const submit = async (values: Partial<ExamSessionInput>) => {
    const chosenVersion = values.versionId ?? versionId ?? '';
    // Only the épreuves of the version chosen last (ticks made under another version are dropped).
    const plan = queryClient.getQueryData<BlockPlan[]>(examKeys.plan(chosenVersion)) ?? [];
    const offered = new Set(plan.flatMap((block) => block.assessments.map((assessment) => assessment.id)));
    const session = await examSessionsApi.create({
      versionId: chosenVersion,
      name: (values.name ?? '').trim(),
      date: values.date ?? '',
      startTime: values.startTime ?? START_TIME,
      place: (values.place ?? '').trim(),
      assessmentIds: (values.assessmentIds ?? []).filter((id) => offered.has(id)),
    });
    queryClient.setQueryData(examKeys.session(session.id), session);
    void queryClient.invalidateQueries({ queryKey: examKeys.sessions });
    notify('app.exams.sessions.created', { type: 'success' });
    onClose();
    navigate(examSessionPath(session.id));
  };

  if (!versionId) return null;
  return (
    <FormDialog<ExamSessionInput>
      open
      title="app.exams.sessions.new"
      submitLabel="app.exams.sessions.create"
      resource="exam-sessions"
      defaultValues={{ versionId, date: parisDay(), startTime: START_TIME, assessmentIds: [] }}
      onSubmit={submit}
      onClose={onClose}
    >
      {sorted.length > 1 && (
        <SelectInput
          source="versionId"
          choices={sorted.map((v) => ({ id: v.id, name: v.code }))}
          translateChoice={false}
          validate={required()}
          fullWidth
        />
      )}
      <TextInput source="name" validate={[required(), minLength(2), maxLength(150)]} fullWidth />
      <Box sx={row}>
        <DateInput source="date" validate={required()} fullWidth />
        <TextInput source="startTime" type="time" validate={required()} fullWidth />
      </Box>
      <TextInput source="place" validate={[required(), minLength(2), maxLength(200)]} fullWidth />
      <FormDataConsumer<ExamSessionInput>>
        {({ formData }) => <AssessmentChoice versionId={formData.versionId || versionId} />}
      </FormDataConsumer>
    </FormDialog>
  );
};
