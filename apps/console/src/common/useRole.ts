import { useLocaleState, usePermissions } from 'react-admin';
import { canAccess, isRole, type Role } from '../access';

/** The logged-in user's role (null while loading). */
export function useRole(): Role | null {
  const { permissions } = usePermissions<Role>();
  return isRole(permissions) ? permissions : null;
}

/** canAccess for the current user, for buttons and menu entries. */
export function useCan(resource: string, action = 'list'): boolean {
  return canAccess(useRole(), resource, action);
}

/** The BCP 47 locale for dates and numbers: Mexican Spanish, Brazilian Portuguese or US English. */
export function useDateLocale(): string {
  const [locale] = useLocaleState();
  return locale === 'es' ? 'es-MX' : locale === 'pt-BR' ? 'pt-BR' : 'en-US';
}
