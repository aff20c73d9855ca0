import { useState } from 'react';
import { Button } from '@mui/material';
import { Form, SelectInput, TextInput, email, maxLength, regex, required, useTranslate } from 'react-admin';
import { applicationsApi } from '../../api/applications';
import { fieldErrors } from '../../api/errors';
import type { ApplicationReceipt, Intake } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDay } from '../../lib/dates';
import { FormSection } from './FormSection';
import { ProfileFields } from './ProfileFields';
import { toApplicationInput, type ApplyValues } from './values';

interface Props {
  schoolSlug: string;
  intakes: Intake[];
  onDone: (receipt: ApplicationReceipt) => void;
}

const PHONE = /^\+?[0-9 .-]{6,19}$/;

/**
 * The application form; the API's field errors appear under the fields, its message (e.g. a second VAE this year)
 * above the button. Fields the browser finds invalid get the focus.
 */
export const ApplyForm = ({ schoolSlug, intakes, onDone }: Props) => {
  const translate = useTranslate();
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);

  const intakeLabel = (intake: Intake) => {
    const option = translate('app.apply.intake_option', {
      name: intake.name,
      start: formatDay(intake.startDate),
      end: formatDay(intake.endDate),
    });
    return intake.place ? translate('app.apply.intake_place', { option, place: intake.place }) : option;
  };

  const submit = async (values: ApplyValues) => {
    setSaving(true);
    setError(null);
    try {
      onDone(await applicationsApi.apply(toApplicationInput(schoolSlug, values)));
      return undefined;
    } catch (failure) {
      setError(failure);
      return fieldErrors(failure);
    } finally {
      setSaving(false);
    }
  };

  const defaults: ApplyValues = {
    cohortId: intakes.length === 1 ? intakes[0].cohortId : undefined,
    diplomas: [],
    secretaryExperienceYears: 0,
    hired: false,
    vae: false,
  };

  return (
    // The API's refusal shows above the button (and under the fields), not in a snackbar over it.
    <Form defaultValues={defaults} onSubmit={submit} noValidate disableInvalidFormNotification>
      <FormSection title="app.apply.sections.intake">
        <SelectInput
          source="cohortId"
          label="app.apply.intake"
          choices={intakes}
          optionValue="cohortId"
          optionText={intakeLabel}
          translateChoice={false}
          validate={required()}
          fullWidth
          sx={{ '& .MuiInputBase-root .MuiSelect-select.MuiInputBase-input': { whiteSpace: 'normal', height: 'auto' } }}
        />
      </FormSection>
      <FormSection title="app.apply.sections.identity">
        <TextInput
          source="lastName"
          label="app.apply.last_name"
          autoComplete="family-name"
          validate={[required(), maxLength(99)]}
          fullWidth
        />
        <TextInput
          source="firstName"
          label="app.apply.first_name"
          autoComplete="given-name"
          validate={[required(), maxLength(99)]}
          fullWidth
        />
        <TextInput
          source="email"
          type="email"
          label="app.apply.email"
          helperText="app.apply.email_helper"
          autoComplete="email"
          validate={[required(), email(), maxLength(254)]}
          fullWidth
        />
        <TextInput source="phone" type="tel" label="app.apply.phone" autoComplete="tel" validate={regex(PHONE)} fullWidth />
      </FormSection>
      <ProfileFields />
      <ErrorAlert error={error} />
      <Button type="submit" variant="contained" size="large" fullWidth disabled={saving} sx={{ mt: 1 }}>
        {translate('app.apply.submit')}
      </Button>
    </Form>
  );
};
