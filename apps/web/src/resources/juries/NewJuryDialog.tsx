import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { DateInput, TextArrayInput, TextInput, maxLength, minLength, required, useNotify } from 'react-admin';
import { useVersions } from '../../api/hooks';
import { juriesApi, juriesKeys, type JuryInput } from '../../api/juries';
import { FormDialog } from '../../components/FormDialog';
import { parisDay } from '../../lib/dates';
import { juryPath } from '../../lib/juries';
import { VersionInput } from '../cohorts/fields';

/** The certification most juries sit for. */
const DEFAULT_VERSION = 'RNCP40913';

/** « Nouveau jury »: certification, date, president and members (free text, one chip each); then the jury's page. */
export const NewJuryDialog = ({ open, onClose }: { open: boolean; onClose: () => void }) => {
  const notify = useNotify();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const versions = useVersions();
  const versionId = (versions.data?.find((version) => version.code === DEFAULT_VERSION) ?? versions.data?.[0])?.id;
  const submit = async (values: Partial<JuryInput>) => {
    const jury = await juriesApi.create({
      versionId: values.versionId ?? '',
      date: values.date ?? '',
      president: (values.president ?? '').trim(),
      members: (values.members ?? []).map((member) => member.trim()).filter(Boolean),
    });
    void queryClient.invalidateQueries({ queryKey: juriesKeys.list });
    notify('app.juries.list.created', { type: 'success' });
    onClose();
    navigate(juryPath(jury.id));
  };
  return (
    <FormDialog<JuryInput>
      open={open}
      title="app.juries.list.new"
      submitLabel="app.juries.list.create"
      resource="juries"
      defaultValues={{ versionId, date: parisDay(), president: '', members: [] }}
      onSubmit={submit}
      onClose={onClose}
    >
      <VersionInput validate={required()} fullWidth />
      <DateInput source="date" validate={required()} fullWidth />
      <TextInput source="president" validate={[required(), minLength(2), maxLength(150)]} fullWidth />
      <TextArrayInput source="members" helperText="resources.juries.helpers.members" fullWidth />
    </FormDialog>
  );
};
