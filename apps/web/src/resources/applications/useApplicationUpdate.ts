import { useNotify, useRefresh } from 'react-admin';

/**
 * After a decision on the application: a success message and the page reloaded from the API
 * (status, next steps, documents). Failures are left to the caller (dialogs show them in place).
 */
export function useApplicationUpdate() {
  const notify = useNotify();
  const refresh = useRefresh();
  return async <T>(action: () => Promise<T>, done: string): Promise<T> => {
    const result = await action();
    notify(done, { type: 'success' });
    refresh();
    return result;
  };
}
