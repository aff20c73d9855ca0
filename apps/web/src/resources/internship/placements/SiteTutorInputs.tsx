import { AutocompleteInput, FormDataConsumer, ReferenceInput, required, SelectInput, useGetManyReference, useTranslate } from 'react-admin';
import type { Tutor } from '../../../api/internship';
import { tutorName } from '../tutorName';

/** The host site, then one of its tutors. */
export const SiteTutorInputs = () => (
  <>
    <ReferenceInput source="hostSiteId" reference="host-sites">
      <AutocompleteInput optionText="name" validate={required()} filterToQuery={(q: string) => ({ q })} fullWidth />
    </ReferenceInput>
    <FormDataConsumer<{ hostSiteId?: string }>>{({ formData }) => <TutorInput hostSiteId={formData.hostSiteId} />}</FormDataConsumer>
  </>
);

const TutorInput = ({ hostSiteId }: { hostSiteId?: string }) => {
  const translate = useTranslate();
  const { data: tutors, isPending } = useGetManyReference<Tutor>(
    'tutors',
    { target: 'hostSiteId', id: hostSiteId ?? '', pagination: { page: 1, perPage: 100 }, sort: { field: 'lastName', order: 'ASC' } },
    { enabled: !!hostSiteId },
  );
  const choices = (tutors ?? []).map((t) => ({ id: t.id, name: `${tutorName(t)} · ${t.professionLabel}` }));
  const hint = !hostSiteId
    ? 'app.internship.placement.choose_site'
    : !isPending && choices.length === 0
      ? 'app.internship.placement.no_tutor'
      : undefined;
  return (
    <SelectInput
      source="tutorId"
      choices={choices}
      validate={required()}
      disabled={!hostSiteId}
      helperText={hint ? translate(hint) : undefined}
      fullWidth
    />
  );
};
