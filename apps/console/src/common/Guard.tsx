import type { ComponentType, ReactNode } from 'react';
import { AccessDenied, CanAccess, Loading } from 'react-admin';

/**
 * A page behind canAccess. react-admin's own resource pages start their query before redirecting a user who may not
 * see them (and the API answers "not allowed"); behind this guard nothing is fetched unless access is granted.
 */
export const Guard = ({ resource, action = 'list', children }: { resource: string; action?: string; children: ReactNode }) => (
  <CanAccess resource={resource} action={action} loading={<Loading />} accessDenied={<AccessDenied />}>
    {children}
  </CanAccess>
);

/** A resource page component wrapped in Guard, for <Resource list={…} edit={…} />. */
export function guarded(resource: string, action: string, Page: ComponentType): ComponentType {
  const GuardedPage = () => (
    <Guard resource={resource} action={action}>
      <Page />
    </Guard>
  );
  GuardedPage.displayName = `Guarded(${Page.displayName ?? Page.name})`;
  return GuardedPage;
}
