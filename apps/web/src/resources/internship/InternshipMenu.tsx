import ViewWeekIcon from '@mui/icons-material/ViewWeek';
import { ListSubheader } from '@mui/material';
import { Menu, useResourceDefinitions, useSidebarState, useTranslate } from 'react-admin';
import { PATHS } from '../../lib/paths';

export const INTERNSHIP_RESOURCES = ['host-sites', 'tutors', 'placements'] as const;

/** « Stages »: host sites, tutors, placements and the placement board, under one heading (for the roles that have them). */
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
      <Menu.Item to={PATHS.placementBoard} primaryText="app.board.menu" leftIcon={<ViewWeekIcon />} />
    </>
  );
};
