import { Inject, Injectable } from '@nestjs/common';
import bcrypt from 'bcryptjs';
import jwt from 'jsonwebtoken';
import type { LeadOpsConfig } from '@leadops/config';
import { RateLimitStore, UserAccessStore, UserStore, type UserSession } from '@leadops/persistence';
import { CONFIG } from '../core/core.module';
import { LeadOpsError } from '../core/errors';
import type { AuthUser } from './auth.types';
import { RateLimiter } from './rate-limiter';

/**
 * How long one API process trusts what it read of a user's session: a revoked token (user deactivated, role changed,
 * password reset) stops working within this long on every replica, at the cost of one small query per user per period.
 */
export const SESSION_CHECK_MS = 2000;

/** Attempts within 15 minutes per account from any address, and per address against any accounts. */
export const LOGIN_LIMITS = { perAccount: 30, perAddress: 60, windowSeconds: 15 * 60 } as const;

// A constant hash to compare against when the e-mail is unknown, so timing does not reveal which accounts exist.
const DUMMY_HASH = '$2b$10$CwTycUXWue0Thq9StjUM0uJ8.JKb6J6Q2xH1gZ0fKjWbJ3l8mI3yC';

@Injectable()
export class AuthService {
  /** One account from one address: a user who mistypes, or a guesser at one account. */
  private readonly loginLimiter: RateLimiter;
  /** One account from any address: guesses spread over many addresses (a botnet, rotating proxies). */
  private readonly accountLimiter: RateLimiter;
  /** One address against any accounts: password spraying (one common password tried on every account). */
  private readonly addressLimiter: RateLimiter;
  private readonly sessions = new Map<string, { session: Promise<UserSession | null>; at: number }>();

  constructor(
    @Inject(CONFIG) private readonly config: LeadOpsConfig,
    private readonly people: UserStore,
    private readonly access: UserAccessStore,
    windows: RateLimitStore,
  ) {
    this.loginLimiter = new RateLimiter(windows, 'login', 10, 60);
    this.accountLimiter = new RateLimiter(windows, 'login-account', LOGIN_LIMITS.perAccount, LOGIN_LIMITS.windowSeconds);
    this.addressLimiter = new RateLimiter(windows, 'login-address', LOGIN_LIMITS.perAddress, LOGIN_LIMITS.windowSeconds);
  }

  async login(email: string, password: string, clientIp: string): Promise<{ token: string; user: AuthUser; expiresAt: Date }> {
    const normalized = email.trim().toLowerCase();
    // Every attempt counts against all three, so none can be dodged by spreading the others.
    const allowed = await Promise.all([
      this.loginLimiter.take(`${clientIp}|${normalized}`),
      this.accountLimiter.take(normalized),
      this.addressLimiter.take(clientIp),
    ]);
    if (!allowed[0]) throw new LeadOpsError('TOO_MANY_REQUESTS', 'Too many login attempts: wait a minute and try again');
    if (!allowed.every(Boolean)) throw new LeadOpsError('TOO_MANY_REQUESTS', 'Too many login attempts: wait 15 minutes and try again');
    const row = await this.people.credentials(normalized);
    const ok = await bcrypt.compare(password, row?.passwordHash ?? DUMMY_HASH);
    if (!row || !ok || !row.active) throw new LeadOpsError('UNAUTHENTICATED', 'Wrong e-mail or password');
    const user: AuthUser = { id: row.id, email: row.email, role: row.role, teamId: row.teamId };
    const token = jwt.sign({ role: user.role, teamId: user.teamId, email: user.email, sv: row.sessionVersion }, this.config.auth.jwtSecret, {
      subject: user.id, expiresIn: this.config.auth.jwtTtlSeconds, algorithm: 'HS256', issuer: 'leadops',
    });
    return { token, user, expiresAt: new Date(Date.now() + this.config.auth.jwtTtlSeconds * 1000) };
  }

  /**
   * The caller of a bearer token, or null when it is missing, forged, expired or revoked: the user was deactivated, or
   * their role, team or password changed since the token was issued (checked against PostgreSQL, cached briefly).
   */
  async verify(token: string): Promise<AuthUser | null> {
    return (await this.verifySession(token))?.user ?? null;
  }

  /** verify(), with the session version the token carries (a live-stream ticket keeps it, to end the stream on revocation). */
  async verifySession(token: string): Promise<{ user: AuthUser; sessionVersion: number } | null> {
    let claims: jwt.JwtPayload;
    try {
      claims = jwt.verify(token, this.config.auth.jwtSecret, { algorithms: ['HS256'], issuer: 'leadops' }) as jwt.JwtPayload;
    } catch {
      return null;
    }
    if (typeof claims.sub !== 'string' || !Number.isInteger(claims['sv'])) return null;
    const user = await this.sessionStillValid(claims.sub, claims['sv'] as number);
    return user && { user, sessionVersion: claims['sv'] as number };
  }

  /** The user when their session `sessionVersion` still stands (active, same role, team and password), else null. */
  async sessionStillValid(userId: string, sessionVersion: number): Promise<AuthUser | null> {
    const session = await this.session(userId);
    if (!session || !session.active || session.sessionVersion !== sessionVersion) return null;
    return { id: session.id, email: session.email, role: session.role, teamId: session.teamId };
  }

  /** Forgets what this process read of a user, so its own revocations take effect at once here. */
  forgetSession(userId: string): void {
    this.sessions.delete(userId);
  }

  private session(userId: string): Promise<UserSession | null> {
    const cached = this.sessions.get(userId);
    if (cached && Date.now() - cached.at < SESSION_CHECK_MS) return cached.session;
    const session = this.access.session(userId).catch((error: unknown) => {
      this.sessions.delete(userId); // a database error is not cached as "no such user"
      throw error;
    });
    if (this.sessions.size > 10_000) this.sessions.clear();
    this.sessions.set(userId, { session, at: Date.now() });
    return session;
  }
}

export const hashPassword = (password: string) => bcrypt.hash(password, 10);
