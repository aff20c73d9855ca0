import type { ReactNode } from 'react';
import { Layout } from 'react-admin';
import { AppMenu } from './AppMenu';
import { NotificationAppBar } from './NotificationAppBar';

export const AppLayout = ({ children }: { children: ReactNode }) => (
  <Layout menu={AppMenu} appBar={NotificationAppBar}>
    {children}
  </Layout>
);
