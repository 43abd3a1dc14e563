import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { UserRole } from '@leadops/persistence';
import type { AuthUser } from './auth.types';

export const PUBLIC_KEY = 'leadops:public';
export const ROLES_KEY = 'leadops:roles';

/** No token needed (login, webhooks with their own HMAC, health). */
export const Public = () => SetMetadata(PUBLIC_KEY, true);
/** Only these roles may call the operation. */
export const Roles = (...roles: UserRole[]) => SetMetadata(ROLES_KEY, roles);

export function requestOf(context: ExecutionContext): any {
  return context.getType<string>() === 'graphql' ? GqlExecutionContext.create(context).getContext().req : context.switchToHttp().getRequest();
}

export const CurrentUser = createParamDecorator((_: unknown, context: ExecutionContext): AuthUser => requestOf(context).user);
