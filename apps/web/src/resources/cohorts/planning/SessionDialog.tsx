import { Box } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { DateInput, FormDataConsumer, SelectInput, TextInput, maxLength, required, useNotify, useTranslate } from 'react-admin';
import { useVersion } from '../../../api/hooks';
import { timetableApi } from '../../../api/timetable';
import type { Cohort, CourseSession, SessionInput } from '../../../api/types';
import { FormDialog } from '../../../components/FormDialog';
import { TrainerInput } from './TrainerInput';

interface Props {
  cohort: Cohort;
  /** null: a new session. */
  session: CourseSession | null;
  open: boolean;
  defaultDate: string;
  onClose: () => void;
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const time = (value: string | undefined) => (value && !TIME.test(value) ? 'app.session.invalid_time' : undefined);
const afterStart = (value: string, values: Partial<SessionInput>) =>
  value && values.startTime && value <= values.startTime ? 'app.session.end_before_start' : undefined;
const row = { display: 'flex', gap: { xs: 0, sm: 2 }, flexDirection: { xs: 'column', sm: 'row' } } as const;
const orNull = (value: string | null | undefined) => value || null;

/** « Ajouter une séance » / « Modifier la séance »: block → module, date, times, trainer, room or video link. */
export const SessionDialog = ({ cohort, session, open, defaultDate, onClose }: Props) => {
  const translate = useTranslate();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const { data: version } = useVersion(cohort.versionId);
  const blocks = version?.blocks ?? [];
  const blockChoices = blocks.map((block) => ({ id: block.id, name: `${block.code} – ${block.title}` }));

  const submit = async (values: Partial<SessionInput>) => {
    const body: SessionInput = {
      blockId: values.blockId ?? '',
      moduleId: orNull(values.moduleId),
      date: values.date ?? '',
      startTime: values.startTime ?? '',
      endTime: values.endTime ?? '',
      trainerId: orNull(values.trainerId),
      room: orNull(values.room),
      videoUrl: orNull(values.videoUrl),
    };
    if (session) await timetableApi.update(session.id, body);
    else await timetableApi.create(cohort.id, body);
    notify(session ? 'app.session.updated' : 'app.session.created', { type: 'success' });
    await queryClient.invalidateQueries({ queryKey: ['sessions'] });
    onClose();
  };

  const defaults: Partial<SessionInput> = session
    ? { ...session }
    : { date: defaultDate, startTime: '09:00', endTime: '12:30', moduleId: null, trainerId: null };

  return (
    <FormDialog<SessionInput>
      open={open}
      title={session ? 'app.session.edit' : 'app.session.add'}
      submitLabel="ra.action.save"
      resource="sessions"
      defaultValues={defaults}
      onSubmit={submit}
      onClose={onClose}
    >
      <SelectInput source="blockId" choices={blockChoices} translateChoice={false} validate={required()} fullWidth />
      <FormDataConsumer<SessionInput>>
        {({ formData }) => {
          const modules = blocks.find((block) => block.id === formData.blockId)?.modules ?? [];
          return (
            <SelectInput
              source="moduleId"
              choices={modules.map((module) => ({ id: module.id, name: `${module.code} – ${module.title}` }))}
              translateChoice={false}
              emptyText={translate('app.session.whole_block')}
              disabled={modules.length === 0}
              fullWidth
            />
          );
        }}
      </FormDataConsumer>
      <Box sx={row}>
        <DateInput source="date" validate={required()} fullWidth />
        <TextInput source="startTime" type="time" validate={[required(), time]} fullWidth />
        <TextInput source="endTime" type="time" validate={[required(), time, afterStart]} fullWidth />
      </Box>
      <TrainerInput current={session} />
      <Box sx={row}>
        <TextInput source="room" validate={maxLength(100)} fullWidth />
        <TextInput source="videoUrl" type="url" validate={maxLength(500)} fullWidth />
      </Box>
    </FormDialog>
  );
};
