/** The logged-in session kept in localStorage: the API's JWT and who it belongs to. */
import { isRole, type Role } from './access';

const TOKEN_KEY = 'leadops:token';
const USER_KEY = 'leadops:user';

export interface SessionUser {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  teamId: string | null;
}

export interface Session {
  token: string;
  expiresAt: string | null;
  user: SessionUser;
}

export function readSession(storage: Pick<Storage, 'getItem'> = localStorage, now = Date.now()): Session | null {
  const token = storage.getItem(TOKEN_KEY);
  const rawUser = storage.getItem(USER_KEY);
  if (!token || !rawUser) return null;
  try {
    const parsed = JSON.parse(rawUser) as SessionUser & { expiresAt?: string | null };
    if (!isRole(parsed.role)) return null;
    if (parsed.expiresAt && Date.parse(parsed.expiresAt) <= now) return null;
    const { expiresAt, ...user } = parsed;
    return { token, expiresAt: expiresAt ?? null, user };
  } catch {
    return null;
  }
}

export function writeSession(session: Session, storage: Pick<Storage, 'setItem'> = localStorage): void {
  storage.setItem(TOKEN_KEY, session.token);
  storage.setItem(USER_KEY, JSON.stringify({ ...session.user, expiresAt: session.expiresAt }));
}

export function clearSession(storage: Pick<Storage, 'removeItem'> = localStorage): void {
  storage.removeItem(TOKEN_KEY);
  storage.removeItem(USER_KEY);
}

export const currentToken = (): string | null => readSession()?.token ?? null;
