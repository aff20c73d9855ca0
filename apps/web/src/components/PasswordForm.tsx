import { useState } from 'react';
import { Button } from '@mui/material';
import { Form, PasswordInput, minLength, required, useTranslate } from 'react-admin';
import { fieldErrors } from '../api/errors';
import { ErrorAlert } from './ErrorAlert';

export const MIN_PASSWORD_LENGTH = 12;

interface Values {
  password: string;
  confirm: string;
}

const sameAsPassword = (value: string, values: Values) => (value && value !== values.password ? 'app.password.mismatch' : undefined);

/** New password typed twice (invitation, reset). Calls `save`, shows API errors. */
export const PasswordForm = ({ submitLabel, save }: { submitLabel: string; save: (password: string) => Promise<unknown> }) => {
  const translate = useTranslate();
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);

  const submit = async (values: Partial<Values>) => {
    setSaving(true);
    setError(null);
    try {
      await save(values.password ?? '');
      return undefined;
    } catch (failure) {
      setError(failure);
      return fieldErrors(failure);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Form onSubmit={submit} noValidate disableInvalidFormNotification>
      <ErrorAlert error={error} />
      <PasswordInput
        source="password"
        label="app.password.new"
        autoComplete="new-password"
        validate={[required(), minLength(MIN_PASSWORD_LENGTH)]}
        helperText="app.password.hint"
        fullWidth
      />
      <PasswordInput
        source="confirm"
        label="app.password.confirm"
        autoComplete="new-password"
        validate={[required(), sameAsPassword]}
        fullWidth
      />
      <Button type="submit" variant="contained" fullWidth disabled={saving} sx={{ mt: 1 }}>
        {translate(submitLabel)}
      </Button>
    </Form>
  );
};
