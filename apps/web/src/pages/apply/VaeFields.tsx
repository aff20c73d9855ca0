import { BooleanInput, FormDataConsumer, NumberInput, maxValue, minValue, required } from 'react-admin';
import { FormSection } from './FormSection';
import type { ApplyValues } from './values';

/** VAE: once chosen, the hours of experience are required (the API checks the minimum and one VAE a year). */
export const VaeFields = () => (
  <FormSection title="app.apply.sections.vae">
    <BooleanInput source="vae" label="app.apply.vae" />
    <FormDataConsumer<ApplyValues>>
      {({ formData }) =>
        formData.vae && (
          <NumberInput
            source="vaeExperienceHours"
            label="app.apply.vae_hours"
            helperText="app.apply.vae_hours_helper"
            min={1}
            max={100000}
            step={1}
            validate={[required(), minValue(1), maxValue(100000)]}
            fullWidth
          />
        )
      }
    </FormDataConsumer>
  </FormSection>
);
