import { BooleanInput, DateInput, FormDataConsumer, SelectInput, required } from 'react-admin';
import { AFGSU_LEVELS } from '../../lib/applications';
import { parisDay } from '../../lib/dates';
import { FormSection } from './FormSection';
import { notInFuture, type ApplyValues } from './values';

const levels = AFGSU_LEVELS.map((level) => ({ id: level, name: `app.apply.afgsu_levels.${level}` }));
const notAfterToday = notInFuture('app.apply.afgsu_future');

/** « Attestation AFGSU » (optional): level and issue date, both asked once the candidate says they hold one. */
export const AfgsuFields = () => (
  <FormSection title="app.apply.sections.afgsu">
    <BooleanInput source="afgsu" label="app.apply.afgsu" helperText="app.apply.afgsu_helper" />
    <FormDataConsumer<ApplyValues>>
      {({ formData }) =>
        formData.afgsu && (
          <>
            <SelectInput source="afgsuLevel" label="app.apply.afgsu_level" choices={levels} validate={required()} fullWidth />
            <DateInput
              source="afgsuIssuedOn"
              label="app.apply.afgsu_issued_on"
              validate={[required(), notAfterToday]}
              slotProps={{ htmlInput: { max: parisDay() } }}
              fullWidth
            />
          </>
        )
      }
    </FormDataConsumer>
  </FormSection>
);
