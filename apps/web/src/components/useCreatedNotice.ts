import { useNotify, useRedirect, useResourceContext, type RaRecord } from 'react-admin';

/** mutationOptions for a Create page: our own success message, then the new record's page. */
export function useCreatedNotice(message: string, redirectTo: 'show' | 'edit' | 'list') {
  const notify = useNotify();
  const redirect = useRedirect();
  const resource = useResourceContext() ?? '';
  return {
    onSuccess: (data: RaRecord) => {
      notify(message, { type: 'success' });
      redirect(redirectTo, resource, data.id);
    },
  };
}
