import ApartmentIcon from '@mui/icons-material/Apartment';
import BadgeIcon from '@mui/icons-material/Badge';
import WorkHistoryIcon from '@mui/icons-material/WorkHistory';
import { Resource } from 'react-admin';
import { lazyView } from '../../lib/lazy';
import { isStaffRole } from '../../lib/roles';
import { tutorName } from './tutorName';

const views = {
  hostSites: {
    list: lazyView(() => import('./host-sites/HostSiteList')),
    create: lazyView(() => import('./host-sites/HostSiteCreate')),
    show: lazyView(() => import('./host-sites/HostSiteShow')),
    edit: lazyView(() => import('./host-sites/HostSiteEdit')),
  },
  tutors: {
    list: lazyView(() => import('./tutors/TutorList')),
    create: lazyView(() => import('./tutors/TutorCreate')),
    show: lazyView(() => import('./tutors/TutorShow')),
    edit: lazyView(() => import('./tutors/TutorEdit')),
  },
  placements: {
    list: lazyView(() => import('./placements/PlacementList')),
    create: lazyView(() => import('./placements/PlacementCreate')),
    show: lazyView(() => import('./placements/PlacementShow')),
    edit: lazyView(() => import('./placements/PlacementEdit')),
  },
};

/** Host sites, tutors and placements, for the school's staff (the menu shows them under « Stages »). */
export const internshipResourcesFor = (role: unknown) =>
  isStaffRole(role)
    ? [
        <Resource key="host-sites" name="host-sites" icon={ApartmentIcon} recordRepresentation="name" {...views.hostSites} />,
        <Resource key="tutors" name="tutors" icon={BadgeIcon} recordRepresentation={tutorName} {...views.tutors} />,
        <Resource key="placements" name="placements" icon={WorkHistoryIcon} recordRepresentation="traineeName" {...views.placements} />,
      ]
    : [];
