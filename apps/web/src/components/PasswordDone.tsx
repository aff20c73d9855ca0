import { Alert, Button } from '@mui/material';
import { Link as RouterLink } from 'react-router';
import { useTranslate } from 'react-admin';

/** Success message after choosing a password, with the way to the login page. */
export const PasswordDone = ({ message }: { message: string }) => {
  const translate = useTranslate();
  return (
    <>
      <Alert severity="success" sx={{ mb: 2 }}>
        {translate(message)}
      </Alert>
      <Button component={RouterLink} to="/login" variant="contained" fullWidth>
        {translate('app.public.go_to_login')}
      </Button>
    </>
  );
};
