import { Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { SelectInput, useTranslate } from 'react-admin';
import { interviewers } from '../../api/admissions';

/** The interviewer among the school's accounts; optional, and left out when the API keeps the list to the direction. */
export const InterviewerInput = () => {
  const translate = useTranslate();
  const accounts = useQuery({ queryKey: ['users', 'interviewers'], queryFn: interviewers, retry: false, staleTime: 60_000 });
  if (accounts.isError) {
    return (
      <Typography variant="body2" color="text.secondary" sx={{ my: 1 }}>
        {translate('app.admissions.interviewers_unavailable')}
      </Typography>
    );
  }
  return (
    <SelectInput
      source="interviewerId"
      choices={(accounts.data ?? []).map((user) => ({ id: user.id, name: user.fullName }))}
      translateChoice={false}
      isPending={accounts.isPending}
      emptyText={translate('app.admissions.no_interviewer')}
      fullWidth
    />
  );
};
