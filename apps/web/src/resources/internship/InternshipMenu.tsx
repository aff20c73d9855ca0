import { ListSubheader } from '@mui/material';
import { Menu, useResourceDefinitions, useSidebarState, useTranslate } from 'react-admin';

export const INTERNSHIP_RESOURCES = ['host-sites', 'tutors', 'placements'] as const;

/** « Stages »: host sites, tutors, placements, under one heading. */
export const InternshipMenu = () => {
  const translate = useTranslate();
  const [open] = useSidebarState();
  const resources = useResourceDefinitions();
  const names = INTERNSHIP_RESOURCES.filter((name) => resources[name]?.hasList);
  if (names.length === 0) return null;
  return (
    <>
      {open && (
        <ListSubheader component="div" sx={{ lineHeight: 2.5, bgcolor: 'transparent' }}>
          {translate('app.internship.menu')}
        </ListSubheader>
      )}
      {names.map((name) => (
        <Menu.ResourceItem key={name} name={name} />
      ))}
    </>
  );
};
