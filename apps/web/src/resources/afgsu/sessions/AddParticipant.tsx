import { useState } from 'react';
import PersonAddIcon from '@mui/icons-material/PersonAdd';
import { Autocomplete, Box, Button, TextField, Typography, createFilterOptions } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useNotify, useTranslate } from 'react-admin';
import { afgsuApi, afgsuKeys, type AfgsuOverviewRow, type AfgsuSessionDetail } from '../../../api/afgsu';
import { AfgsuStatusChip } from '../../../components/afgsu/AfgsuStatusChip';
import { ErrorAlert } from '../../../components/ErrorAlert';

interface Props {
  session: AfgsuSessionDetail;
  onChange: (session: AfgsuSessionDetail) => void;
}

const fullName = (row: AfgsuOverviewRow) => `${row.lastName.toUpperCase()} ${row.firstName}`;
/** Found by « Léa Moreau », « Moreau » or the cohort's name, accents and case aside. */
const filterOptions = createFilterOptions<AfgsuOverviewRow>({
  stringify: (row) => `${row.firstName} ${row.lastName} ${row.lastName} ${row.firstName} ${row.cohortName}`,
});

/** Enrols a trainee of the school, picked by name among those in training (with their cohort and AFGSU status). */
export const AddParticipant = ({ session, onChange }: Props) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [choice, setChoice] = useState<AfgsuOverviewRow | null>(null);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const trainees = useQuery({ queryKey: [...afgsuKeys.overview, 'trainees'], queryFn: afgsuApi.trainees, staleTime: 60_000 });
  const enrolled = new Set(session.participants.map((participant) => participant.traineeId));
  const options = (trainees.data ?? []).filter((row) => !enrolled.has(row.traineeId));
  const full = session.participantCount >= session.capacity;

  const enrol = async () => {
    if (!choice) return;
    setPending(true);
    setError(null);
    try {
      onChange(await afgsuApi.enrol(session.id, choice.traineeId));
      setChoice(null);
      notify('app.afgsu.session.enrolled', { type: 'success' });
    } catch (failure) {
      setError(failure);
    } finally {
      setPending(false);
    }
  };

  return (
    <Box sx={{ mb: 2 }}>
      <ErrorAlert error={error ?? trainees.error} />
      <Box sx={{ display: 'flex', gap: 1, alignItems: 'flex-start', flexWrap: 'wrap' }}>
        <Autocomplete
          sx={{ flex: '1 1 320px' }}
          options={options}
          value={choice}
          onChange={(_, value) => setChoice(value)}
          getOptionLabel={fullName}
          isOptionEqualToValue={(option, value) => option.traineeId === value.traineeId}
          filterOptions={filterOptions}
          loading={trainees.isPending}
          loadingText={translate('app.loading')}
          noOptionsText={translate('app.afgsu.session.no_option')}
          disabled={full}
          renderOption={({ key, ...props }, option) => (
            <Box component="li" key={key} {...props} sx={{ display: 'flex', justifyContent: 'space-between', gap: 1 }}>
              <span>
                {fullName(option)}
                <Typography component="span" variant="body2" color="text.secondary">{` · ${option.cohortName}`}</Typography>
              </span>
              <AfgsuStatusChip status={option.status} />
            </Box>
          )}
          renderInput={(params) => (
            <TextField
              {...params}
              size="small"
              label={translate('app.afgsu.session.add_label')}
              helperText={translate('app.afgsu.session.add_helper')}
            />
          )}
        />
        <Button variant="contained" startIcon={<PersonAddIcon />} onClick={enrol} disabled={!choice || pending || full}>
          {translate('app.afgsu.session.add')}
        </Button>
      </Box>
      {full && (
        <Typography variant="body2" color="warning.dark">
          {translate('app.afgsu.session.full')}
        </Typography>
      )}
    </Box>
  );
};
