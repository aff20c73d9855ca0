import { Create } from 'react-admin';
import { useCreatedNotice } from '../../../components/useCreatedNotice';
import { HostSiteForm } from './HostSiteForm';

const HostSiteCreate = () => {
  const mutationOptions = useCreatedNotice('resources.host-sites.notifications.created', 'show');
  return (
    <Create mutationOptions={mutationOptions}>
      <HostSiteForm />
    </Create>
  );
};

export default HostSiteCreate;
