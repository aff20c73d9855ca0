import type { MouseEvent } from 'react';
import { Chip, Stack } from '@mui/material';
import { Link } from 'react-router';
import { useCreatePath, useFieldValue, type FieldProps } from 'react-admin';
import type { Tutor } from '../../../api/internship';

/** The host sites of a tutor, each a link to its page. */
export const SiteChips = ({ source = 'hostSites' }: FieldProps) => {
  const sites = useFieldValue({ source }) as Tutor['hostSites'] | undefined;
  const createPath = useCreatePath();
  if (!sites) return null;
  return (
    <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 0.5 }}>
      {sites.map((site) => (
        <Chip
          key={site.id}
          size="small"
          label={site.name}
          component={Link}
          to={createPath({ resource: 'host-sites', id: site.id, type: 'show' })}
          clickable
          onClick={(event: MouseEvent) => event.stopPropagation()}
        />
      ))}
    </Stack>
  );
};
