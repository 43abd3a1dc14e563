import { clearSession, readSession, writeSession } from './session';

class MemoryStorage {
  private readonly items = new Map<string, string>();
  getItem = (key: string) => this.items.get(key) ?? null;
  setItem = (key: string, value: string) => void this.items.set(key, value);
  removeItem = (key: string) => void this.items.delete(key);
}

describe('session', () => {
  const user = { id: 'u1', email: 'rep1@leadops.dev', displayName: 'Rep One', role: 'REP' as const, teamId: 't1' };

  it('round-trips the token and the user', () => {
    const storage = new MemoryStorage();
    writeSession({ token: 'jwt', expiresAt: '2999-01-01T00:00:00Z', user }, storage);
    expect(readSession(storage)).toEqual({ token: 'jwt', expiresAt: '2999-01-01T00:00:00Z', user });
    clearSession(storage);
    expect(readSession(storage)).toBeNull();
  });

  it('forgets an expired session and one with an unknown role', () => {
    const storage = new MemoryStorage();
    writeSession({ token: 'jwt', expiresAt: '2020-01-01T00:00:00Z', user }, storage);
    expect(readSession(storage)).toBeNull();
    writeSession({ token: 'jwt', expiresAt: null, user: { ...user, role: 'ROOT' as never } }, storage);
    expect(readSession(storage)).toBeNull();
  });
});
