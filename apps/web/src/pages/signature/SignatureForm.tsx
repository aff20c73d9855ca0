import { useState, type FormEvent } from 'react';
import { Button, Checkbox, FormControlLabel, TextField } from '@mui/material';
import { useTranslate } from 'react-admin';
import { fieldErrors } from '../../api/errors';
import { signatureApi, type PublicSignature } from '../../api/conventions';
import { ErrorAlert } from '../../components/ErrorAlert';

interface Props {
  token: string;
  defaultName: string;
  onSigned: (view: PublicSignature) => void;
}

/** The signer's name, the consent box and « Signer »; the API's French refusal shows above the button. */
export const SignatureForm = ({ token, defaultName, onSigned }: Props) => {
  const translate = useTranslate();
  const [signerName, setSignerName] = useState(defaultName);
  const [consent, setConsent] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [sending, setSending] = useState(false);
  const nameError = fieldErrors(error)?.signerName;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setSending(true);
    try {
      onSigned(await signatureApi.sign(token, { signerName: signerName.trim(), consent }));
    } catch (failure) {
      setError(failure);
    } finally {
      setSending(false);
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      <TextField
        label={translate('app.conventions.sign.name')}
        value={signerName}
        onChange={(e) => setSignerName(e.target.value)}
        required
        fullWidth
        autoComplete="name"
        error={!!nameError}
        helperText={typeof nameError === 'string' ? nameError : undefined}
        slotProps={{ htmlInput: { maxLength: 150 } }}
        sx={{ mb: 1 }}
      />
      <FormControlLabel
        control={<Checkbox checked={consent} onChange={(e) => setConsent(e.target.checked)} />}
        label={translate('app.conventions.sign.consent')}
        sx={{ mb: 2, alignItems: 'flex-start', '& .MuiCheckbox-root': { pt: 0.5 } }}
      />
      <ErrorAlert error={error} />
      <Button type="submit" variant="contained" size="large" fullWidth disabled={sending || !consent || signerName.trim().length < 2}>
        {translate('app.conventions.sign.submit')}
      </Button>
    </form>
  );
};
