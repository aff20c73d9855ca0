import { SelectInput, type SelectInputProps } from 'react-admin';
import { useVersions } from '../../api/hooks';
import type { CohortFormat } from '../../api/types';
import { EnumField, enumChoices } from '../../components/EnumField';

export const FORMATS = ['presentiel', 'distanciel', 'mixte', 'alternance'] as const satisfies readonly CohortFormat[];
export const formatChoices = enumChoices(FORMATS, 'app.formats');

export const FormatField = ({ source = 'format' }: { source?: string; label?: string }) => (
  <EnumField source={source} prefix="app.formats" />
);

/** The certification versions of the referential, newest first. */
export const VersionInput = (props: Omit<SelectInputProps, 'source' | 'choices'>) => {
  const { data, isPending } = useVersions();
  const choices = (data ?? []).map((version) => ({ id: version.id, name: `${version.code} – ${version.title}` }));
  return <SelectInput source="versionId" choices={choices} isPending={isPending} translateChoice={false} {...props} />;
};
