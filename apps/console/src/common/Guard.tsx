import type { ReactNode } from 'react';
import { AccessDenied, CanAccess, Loading } from 'react-admin';

/** A custom page behind canAccess (resources get this from react-admin itself). */
export const Guard = ({ resource, action = 'list', children }: { resource: string; action?: string; children: ReactNode }) => (
  <CanAccess resource={resource} action={action} loading={<Loading />} accessDenied={<AccessDenied />}>
    {children}
  </CanAccess>
);
