import { regex, SaveButton, Toolbar } from 'react-admin';
import { EnumField, enumChoices } from '../../components/EnumField';
import { HOST_SITE_KINDS, PLACEMENT_TYPES, TUTOR_PROFESSIONS } from '../../api/internship';

export const kindChoices = enumChoices(HOST_SITE_KINDS, 'app.internship.kinds');
export const professionChoices = enumChoices(TUTOR_PROFESSIONS, 'app.internship.professions');
export const typeChoices = enumChoices(PLACEMENT_TYPES, 'app.internship.types');

export const KindField = ({ source = 'kind' }: { source?: string; label?: string }) => (
  <EnumField source={source} prefix="app.internship.kinds" />
);
export const TypeField = ({ source = 'type' }: { source?: string; label?: string }) => (
  <EnumField source={source} prefix="app.internship.types" colors={{ stage: 'primary', alternance: 'secondary' }} />
);

/** An optional text input left empty is sent as null (the API clears the field). */
export const emptyToNull = (value: string) => value || null;

export const postalCode = regex(/^\d{5}$/, 'app.internship.postal_code_hint');
export const phone = regex(/^\+?[0-9 .-]{6,19}$/, 'app.internship.phone_hint');

/** Side by side on a wide screen, stacked on a phone. */
export const row = { display: 'flex', gap: { xs: 0, sm: 2 }, flexDirection: { xs: 'column', sm: 'row' }, width: '100%' } as const;

/** The forms' toolbar: save only (the API deletes no host site, tutor or placement). */
export const SaveToolbar = () => (
  <Toolbar>
    <SaveButton />
  </Toolbar>
);
