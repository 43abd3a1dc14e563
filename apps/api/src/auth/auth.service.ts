import { Inject, Injectable } from '@nestjs/common';
import bcrypt from 'bcryptjs';
import jwt from 'jsonwebtoken';
import type { LeadOpsConfig } from '@leadops/config';
import { RateLimitStore, UserStore } from '@leadops/persistence';
import { CONFIG } from '../core/core.module';
import { LeadOpsError } from '../core/errors';
import type { AuthUser } from './auth.types';
import { RateLimiter } from './rate-limiter';

// A constant hash to compare against when the e-mail is unknown, so timing does not reveal which accounts exist.
const DUMMY_HASH = '$2b$10$CwTycUXWue0Thq9StjUM0uJ8.JKb6J6Q2xH1gZ0fKjWbJ3l8mI3yC';

@Injectable()
export class AuthService {
  private readonly loginLimiter: RateLimiter;

  constructor(
    @Inject(CONFIG) private readonly config: LeadOpsConfig,
    private readonly people: UserStore,
    windows: RateLimitStore,
  ) {
    this.loginLimiter = new RateLimiter(windows, 'login', 10, 60);
  }

  async login(email: string, password: string, clientIp: string): Promise<{ token: string; user: AuthUser; expiresAt: Date }> {
    const normalized = email.trim().toLowerCase();
    if (!(await this.loginLimiter.take(`${clientIp}|${normalized}`))) {
      throw new LeadOpsError('TOO_MANY_REQUESTS', 'Too many login attempts: wait a minute and try again');
    }
    const row = await this.people.credentials(normalized);
    const ok = await bcrypt.compare(password, row?.passwordHash ?? DUMMY_HASH);
    if (!row || !ok || !row.active) throw new LeadOpsError('UNAUTHENTICATED', 'Wrong e-mail or password');
    const user: AuthUser = { id: row.id, email: row.email, role: row.role, teamId: row.teamId };
    const token = jwt.sign({ role: user.role, teamId: user.teamId, email: user.email }, this.config.auth.jwtSecret, {
      subject: user.id, expiresIn: this.config.auth.jwtTtlSeconds, algorithm: 'HS256', issuer: 'leadops',
    });
    return { token, user, expiresAt: new Date(Date.now() + this.config.auth.jwtTtlSeconds * 1000) };
  }

  /** The caller of a bearer token, or null when it is missing, forged or expired. */
  verify(token: string): AuthUser | null {
    try {
      const claims = jwt.verify(token, this.config.auth.jwtSecret, { algorithms: ['HS256'], issuer: 'leadops' }) as jwt.JwtPayload;
      if (typeof claims.sub !== 'string' || !['SALES_OPS', 'MANAGER', 'REP'].includes(claims['role'])) return null;
      return { id: claims.sub, email: claims['email'], role: claims['role'], teamId: claims['teamId'] ?? null };
    } catch {
      return null;
    }
  }
}

export const hashPassword = (password: string) => bcrypt.hash(password, 10);
