import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { LeadOpsConfig } from '@leadops/config';
import { CONFIG } from '../core/core.module';
import type { UserRole } from '@leadops/persistence';
import { codecCookieToken } from './codec-cookie';
import { LeadOpsError } from '../core/errors';
import { PUBLIC_KEY, requestOf, ROLES_KEY } from './auth.decorators';
import { AuthService } from './auth.service';

/**
 * Every operation needs a valid token unless marked @Public, and the caller's role must be one @Roles allows. Each
 * signed-in user has a per-minute allowance of operations on this replica (every top-level field counts, aliases too):
 * a stolen token or a runaway script cannot take the API for everyone else.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  private readonly perUser: RateLimiterMemory;

  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
    @Inject(CONFIG) config: LeadOpsConfig,
  ) {
    this.perUser = new RateLimiterMemory({ keyPrefix: 'user', points: config.api.userRequestsPerMinute, duration: 60 });
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const req = requestOf(context);
    const header: string | undefined = req?.headers?.authorization ?? req?.connectionParams?.authorization;
    const token = bearerToken(header) ?? codecCookieToken(req?.path ?? req?.url, req?.headers?.cookie);
    const user = token ? await this.auth.verify(token) : null;
    if (!user) throw new LeadOpsError('UNAUTHENTICATED', token ? 'Session expired, revoked or invalid: log in again' : 'Log in first (Authorization: Bearer <token>)');
    const limited = await this.perUser.consume(user.id).then(() => null, (r: unknown) => (r instanceof RateLimiterRes ? r : null));
    if (limited) throw new LeadOpsError('TOO_MANY_REQUESTS', `Too many requests: wait ${Math.ceil(limited.msBeforeNext / 1000)} s and try again`);
    req.user = user;
    const roles = this.reflector.getAllAndOverride<UserRole[] | undefined>(ROLES_KEY, targets);
    if (roles && !roles.includes(user.role)) throw new LeadOpsError('FORBIDDEN', 'Not allowed for your role');
    return true;
  }
}

/** The token of an `Authorization: Bearer <token>` header, or null. */
export function bearerToken(header: string | undefined): string | null {
  return header?.startsWith('Bearer ') ? header.slice(7).trim() || null : null;
}
