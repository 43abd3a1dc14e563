import type { ReactNode } from 'react';
import { AppBar, Layout, LoadingIndicator, TitlePortal } from 'react-admin';
import { LiveUpdates } from '../live/LiveUpdates';
import { AppMenu } from './AppMenu';
import { LocaleSwitcher } from './LocaleSwitcher';

const Toolbar = () => (
  <>
    <LocaleSwitcher />
    <LoadingIndicator />
  </>
);

const LeadOpsAppBar = () => (
  <AppBar color="primary" toolbar={<Toolbar />}>
    <TitlePortal />
  </AppBar>
);

export const AppLayout = ({ children }: { children: ReactNode }) => (
  <LiveUpdates>
    <Layout menu={AppMenu} appBar={LeadOpsAppBar}>
      {children}
    </Layout>
  </LiveUpdates>
);
