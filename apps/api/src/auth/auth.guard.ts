import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { UserRole } from '@leadops/persistence';
import { LeadOpsError } from '../core/errors';
import { PUBLIC_KEY, requestOf, ROLES_KEY } from './auth.decorators';
import { AuthService } from './auth.service';

/** Every operation needs a valid token unless marked @Public, and the caller's role must be one @Roles allows. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const req = requestOf(context);
    const header: string | undefined = req?.headers?.authorization ?? req?.connectionParams?.authorization;
    const token = header?.startsWith('Bearer ') ? header.slice(7).trim() : null;
    const user = token ? await this.auth.verify(token) : null;
    if (!user) throw new LeadOpsError('UNAUTHENTICATED', token ? 'Session expired, revoked or invalid: log in again' : 'Log in first (Authorization: Bearer <token>)');
    req.user = user;
    const roles = this.reflector.getAllAndOverride<UserRole[] | undefined>(ROLES_KEY, targets);
    if (roles && !roles.includes(user.role)) throw new LeadOpsError('FORBIDDEN', 'Not allowed for your role');
    return true;
  }
}
