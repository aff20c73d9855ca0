import { Box } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { NumberInput, SelectInput, TextInput, maxLength, maxValue, minLength, minValue, required, useNotify } from 'react-admin';
import { afgsuApi, afgsuKeys, type AfgsuSessionInput } from '../../../api/afgsu';
import { FormDialog } from '../../../components/FormDialog';
import { AFGSU_DEFAULT_CAPACITY, AFGSU_MAX_CAPACITY, AFGSU_SESSION_KINDS, afgsuSessionPath } from '../../../lib/afgsu';
import { DAY_TIMES, DaysInput } from './DaysInput';

const kindChoices = AFGSU_SESSION_KINDS.map((id) => ({ id, name: `app.afgsu.sessions.kind.${id}` }));
const row = { display: 'flex', gap: { xs: 0, sm: 2 }, flexDirection: { xs: 'column', sm: 'row' } } as const;
const orNull = (value: string | null | undefined) => value?.trim() || null;

/** « Nouvelle session »: kind, CESU, trainer, place, capacity (12 by default) and days; then the session's page with its warnings. */
export const NewSessionDialog = ({ open, onClose }: { open: boolean; onClose: () => void }) => {
  const notify = useNotify();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const submit = async (values: Partial<AfgsuSessionInput>) => {
    const session = await afgsuApi.createSession({
      kind: values.kind ?? 'initial',
      cesuName: (values.cesuName ?? '').trim(),
      trainerName: orNull(values.trainerName),
      place: orNull(values.place),
      capacity: Number(values.capacity),
      days: values.days ?? [],
    });
    queryClient.setQueryData(afgsuKeys.session(session.id), session);
    void queryClient.invalidateQueries({ queryKey: afgsuKeys.sessions });
    notify('app.afgsu.sessions.created', { type: 'success' });
    onClose();
    navigate(afgsuSessionPath(session.id));
  };
  return (
    <FormDialog<AfgsuSessionInput>
      open={open}
      title="app.afgsu.sessions.new"
      submitLabel="app.afgsu.sessions.create"
      resource="afgsu-sessions"
      defaultValues={{ kind: 'initial', capacity: AFGSU_DEFAULT_CAPACITY, days: [{ date: '', ...DAY_TIMES }] }}
      onSubmit={submit}
      onClose={onClose}
    >
      <SelectInput source="kind" choices={kindChoices} validate={required()} fullWidth />
      <TextInput source="cesuName" validate={[required(), minLength(2), maxLength(200)]} fullWidth />
      <Box sx={row}>
        <TextInput source="trainerName" validate={maxLength(200)} fullWidth />
        <TextInput source="place" validate={maxLength(200)} fullWidth />
      </Box>
      <NumberInput
        source="capacity"
        validate={[required(), minValue(1), maxValue(AFGSU_MAX_CAPACITY)]}
        helperText="app.afgsu.sessions.capacity_helper"
        step={1}
        fullWidth
      />
      <DaysInput />
    </FormDialog>
  );
};
