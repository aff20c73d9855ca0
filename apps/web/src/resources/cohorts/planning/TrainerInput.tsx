import { Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { SelectInput, useTranslate } from 'react-admin';
import { timetableApi } from '../../../api/timetable';
import type { CourseSession } from '../../../api/types';

/**
 * The trainer of a session, among the school's trainers. Listing accounts is kept to the school
 * administrator: when the API refuses, the field stays optional and keeps the session's trainer.
 */
export const TrainerInput = ({ current }: { current: CourseSession | null }) => {
  const translate = useTranslate();
  const trainers = useQuery({ queryKey: ['users', 'trainers'], queryFn: timetableApi.trainers, retry: false, staleTime: 60_000 });
  if (trainers.isError) {
    return (
      <Typography variant="body2" color="text.secondary" sx={{ my: 1 }}>
        {current?.trainerName
          ? translate('app.session.trainer_kept', { name: current.trainerName })
          : translate('app.session.trainers_unavailable')}
      </Typography>
    );
  }
  const choices = (trainers.data?.items ?? []).map((user) => ({ id: user.id, name: user.fullName }));
  if (current?.trainerId && !choices.some((choice) => choice.id === current.trainerId)) {
    choices.push({ id: current.trainerId, name: current.trainerName ?? '' });
  }
  return (
    <SelectInput
      source="trainerId"
      choices={choices}
      translateChoice={false}
      isPending={trainers.isPending}
      emptyText={translate('app.session.no_trainer')}
      fullWidth
    />
  );
};
