import {
  BooleanInput,
  CheckboxGroupInput,
  DateInput,
  FormDataConsumer,
  NumberInput,
  RadioButtonGroupInput,
  SelectInput,
  TextInput,
  maxLength,
  maxValue,
  minValue,
  required,
} from 'react-admin';
import { DIPLOMAS, FUNDING_PATHS, SITUATIONS, choicesOf } from '../../lib/applications';
import { AfgsuFields } from './AfgsuFields';
import { FormSection } from './FormSection';
import { VaeFields } from './VaeFields';
import { asksEmployer, notInFuture, type ApplyValues } from './values';

const situations = choicesOf(SITUATIONS, 'app.situation');
const diplomas = choicesOf(DIPLOMAS, 'app.diploma');
const fundingPaths = choicesOf(FUNDING_PATHS, 'app.funding');

const hiredNotInFuture = notInFuture('app.apply.hired_future');

/** Situation, diplomas, experience, hire, funding, AFGSU and VAE: what eligibility and the documents asked depend on. */
export const ProfileFields = () => (
  <>
    <FormSection title="app.apply.sections.situation">
      <RadioButtonGroupInput source="situation" label="app.apply.situation" choices={situations} row={false} validate={required()} />
      <CheckboxGroupInput
        source="diplomas"
        label="app.apply.diplomas"
        helperText="app.apply.diplomas_helper"
        choices={diplomas}
        row={false}
      />
    </FormSection>
    <FormSection title="app.apply.sections.experience">
      <NumberInput
        source="secretaryExperienceYears"
        label="app.apply.experience_years"
        helperText="app.apply.experience_helper"
        min={0}
        max={50}
        step={0.5}
        validate={[required(), minValue(0), maxValue(50)]}
        fullWidth
      />
      <BooleanInput source="hired" label="app.apply.hired" helperText="app.apply.hired_helper" />
      <FormDataConsumer<ApplyValues>>
        {({ formData }) => (
          <>
            {formData.hired && (
              <DateInput source="hiredAsAssistantOn" label="app.apply.hired_on" validate={[required(), hiredNotInFuture]} fullWidth />
            )}
            {asksEmployer(formData) && (
              <TextInput source="employerName" label="app.apply.employer" autoComplete="organization" validate={maxLength(200)} fullWidth />
            )}
          </>
        )}
      </FormDataConsumer>
    </FormSection>
    <FormSection title="app.apply.sections.funding">
      <SelectInput source="fundingPath" label="app.apply.funding" choices={fundingPaths} validate={required()} fullWidth />
    </FormSection>
    <AfgsuFields />
    <VaeFields />
  </>
);
