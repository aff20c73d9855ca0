import { ArrayInput, maxLength, minLength, required, SelectInput, SimpleFormIterator, TextInput, useGetOne } from 'react-admin';
import { useVersion } from '../../../api/hooks';
import type { Cohort } from '../../../api/types';

/** Objectives per block: the blocks of the version the trainee's cohort follows. */
export const ObjectivesInput = ({ cohortId }: { cohortId: string | undefined }) => {
  const { data: cohort } = useGetOne<Cohort>('cohorts', { id: cohortId ?? '' }, { enabled: !!cohortId });
  const { data: version } = useVersion(cohort?.versionId);
  const blocks = (version?.blocks ?? []).map((b) => ({ id: b.id, name: `${b.code} — ${b.title}` }));
  return (
    <ArrayInput source="objectives">
      <SimpleFormIterator disableReordering fullWidth>
        <SelectInput source="blockId" label="app.internship.placement.objective_block" choices={blocks} validate={required()} fullWidth />
        <TextInput
          source="text"
          label="app.internship.placement.objective_text"
          validate={[required(), minLength(3), maxLength(1000)]}
          multiline
          minRows={2}
          fullWidth
        />
      </SimpleFormIterator>
    </ArrayInput>
  );
};
