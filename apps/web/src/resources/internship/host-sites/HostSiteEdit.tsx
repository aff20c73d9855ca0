import { Edit } from 'react-admin';
import { HostSiteForm } from './HostSiteForm';

const HostSiteEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <HostSiteForm />
  </Edit>
);

export default HostSiteEdit;
