import { useState } from 'react';
import BlockIcon from '@mui/icons-material/Block';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import SendIcon from '@mui/icons-material/Send';
import PersonAddIcon from '@mui/icons-material/PersonAdd';
import {
  Button,
  Confirm,
  CreateButton,
  EditButton,
  FilterButton,
  ShowButton,
  TopToolbar,
  useDataProvider,
  useNotify,
  useRecordContext,
  useRefresh,
} from 'react-admin';
import type { User } from '../../api/types';
import type { AppDataProvider, UserAction } from '../../providers/dataProvider';

export const UserListActions = () => (
  <TopToolbar>
    <FilterButton />
    <CreateButton label="resources.users.actions.invite" icon={<PersonAddIcon />} />
  </TopToolbar>
);

function useUserAction(user: User | undefined) {
  const dataProvider = useDataProvider<AppDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const [pending, setPending] = useState(false);
  const run = async (action: UserAction) => {
    if (!user) return;
    setPending(true);
    try {
      await dataProvider.userAction(user.id, action);
      notify(`resources.users.notifications.${action}`, { type: 'success' });
      refresh();
    } catch (error) {
      notify(error instanceof Error ? error.message : 'app.errors.server', { type: 'error' });
    } finally {
      setPending(false);
    }
  };
  return { run, pending };
}

/** Toolbar of a user's show and edit pages: status changes and invitation resend. */
export const UserActions = ({ view }: { view: 'show' | 'edit' }) => {
  const user = useRecordContext<User>();
  const { run, pending } = useUserAction(user);
  const [confirming, setConfirming] = useState(false);
  if (!user) return <TopToolbar />;

  return (
    <TopToolbar sx={{ flexWrap: 'wrap' }}>
      {user.status === 'invited' && (
        <Button label="resources.users.actions.resend" onClick={() => run('resend-invitation')} disabled={pending}>
          <SendIcon />
        </Button>
      )}
      {user.status === 'disabled' ? (
        <Button label="resources.users.actions.enable" onClick={() => run('enable')} disabled={pending}>
          <CheckCircleIcon />
        </Button>
      ) : (
        <Button label="resources.users.actions.disable" onClick={() => setConfirming(true)} disabled={pending} color="error">
          <BlockIcon />
        </Button>
      )}
      {view === 'show' ? <EditButton /> : <ShowButton />}
      <Confirm
        isOpen={confirming}
        title="resources.users.confirm_disable.title"
        titleTranslateOptions={{ name: user.fullName }}
        content="resources.users.confirm_disable.content"
        onConfirm={() => {
          setConfirming(false);
          void run('disable');
        }}
        onClose={() => setConfirming(false)}
      />
    </TopToolbar>
  );
};
