/** Log in with the API's `login` mutation, keep the JWT in localStorage, ask `me` who we are; the role drives canAccess. */
import type { AuthProvider } from 'react-admin';
import { canAccess, isRole } from './access';
import * as doc from './dataProvider/documents';
import { ApiError, type GraphqlRequest } from './dataProvider/graphqlClient';
import { clearSession, readSession, writeSession } from './session';

/** An error that means "your session is gone": the API says UNAUTHENTICATED (HTTP 401). */
export function isSessionError(error: unknown): boolean {
  const e = error as { status?: number; code?: string } | null;
  return e?.status === 401 || e?.code === 'UNAUTHENTICATED';
}

export function createAuthProvider(request: GraphqlRequest): AuthProvider {
  return {
    async login({ username, email, password }: { username?: string; email?: string; password: string }) {
      const answer = await request(doc.LOGIN, { email: String(email ?? username ?? '').trim(), password });
      const { token, expiresAt, user } = answer.login;
      if (!isRole(user.role)) throw new ApiError('This account has no console role', 'FORBIDDEN', 403);
      writeSession({ token, expiresAt, user: { id: user.id, email: user.email, displayName: user.displayName, role: user.role, teamId: user.teamId } });
    },

    async logout() {
      clearSession();
    },

    async checkAuth() {
      if (!readSession()) throw new Error('ra.auth.auth_check_error');
    },

    async checkError(error) {
      if (isSessionError(error)) {
        clearSession();
        throw new Error('ra.notification.logged_out');
      }
      // Anything else (forbidden, bad input, conflict) is shown where it happened; the session stays.
    },

    async getIdentity() {
      const session = readSession();
      if (!session) throw new Error('ra.auth.auth_check_error');
      try {
        const { me } = await request(doc.ME);
        if (isRole(me.role) && (me.role !== session.user.role || me.displayName !== session.user.displayName)) {
          writeSession({ ...session, user: { ...session.user, role: me.role, displayName: me.displayName, teamId: me.teamId } });
        }
        return { id: me.id, fullName: me.displayName, email: me.email, role: me.role };
      } catch (error) {
        if (isSessionError(error)) throw error;
        return { id: session.user.id, fullName: session.user.displayName, email: session.user.email, role: session.user.role };
      }
    },

    async getPermissions() {
      return readSession()?.user.role ?? null;
    },

    async canAccess({ resource, action }) {
      return canAccess(readSession()?.user.role, resource, action);
    },
  };
}
