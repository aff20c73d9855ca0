import { Typography } from '@mui/material';
import { DateInput, SelectInput, required, useNotify, useTranslate } from 'react-admin';
import { afgsuApi, type AfgsuIssued, type AfgsuLevel, type AfgsuSessionDetail } from '../../../api/afgsu';
import { FormDialog } from '../../../components/FormDialog';
import { AFGSU_LEVELS } from '../../../lib/afgsu';
import { parisDay } from '../../../lib/dates';

interface Values {
  issuedOn: string;
  level: AfgsuLevel;
}

interface Props {
  session: AfgsuSessionDetail;
  open: boolean;
  onClose: () => void;
  onIssued: (result: AfgsuIssued) => void;
}

const levelChoices = AFGSU_LEVELS.map((level) => ({ id: level, name: `AFGSU ${level}` }));

/** « Enregistrer les attestations »: the CESU's issue date (from the last day on), and the level for the full course. */
export const IssueDialog = ({ session, open, onClose, onIssued }: Props) => {
  const translate = useTranslate();
  const notify = useNotify();
  const submit = async (values: Partial<Values>) => {
    const result = await afgsuApi.issue(session.id, values.issuedOn ?? '', values.level ?? 1);
    onIssued(result);
    notify('app.afgsu.session.issued', { type: result.recorded > 0 ? 'success' : 'info', messageArgs: { smart_count: result.recorded } });
    onClose();
  };
  return (
    <FormDialog<Values>
      open={open}
      title="app.afgsu.session.issue_title"
      submitLabel="app.afgsu.session.issue_submit"
      resource="afgsu-sessions"
      defaultValues={{ issuedOn: parisDay(), level: 1 }}
      onSubmit={submit}
      onClose={onClose}
    >
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {translate('app.afgsu.session.issue_intro')}
      </Typography>
      <DateInput source="issuedOn" validate={required()} slotProps={{ htmlInput: { min: session.endsOn, max: parisDay() } }} fullWidth />
      {session.kind === 'initial' && (
        <SelectInput source="level" choices={levelChoices} translateChoice={false} validate={required()} fullWidth />
      )}
    </FormDialog>
  );
};
