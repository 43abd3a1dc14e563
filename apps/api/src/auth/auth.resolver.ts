import { Inject } from '@nestjs/common';
import { Args, Context, Field, ObjectType, Query, Mutation, Resolver } from '@nestjs/graphql';
import type { LeadOpsConfig } from '@leadops/config';
import { Public, CurrentUser } from './auth.decorators';
import { AuthService } from './auth.service';
import type { AuthUser } from './auth.types';
import { UserModel, UsersService } from './users.service';
import { CONFIG } from '../core/core.module';
import { LeadOpsError } from '../core/errors';
import { codecCookie } from './codec-cookie';

@ObjectType('AuthPayload')
export class AuthPayload {
  @Field() token!: string;
  @Field() expiresAt!: Date;
  @Field(() => UserModel) user!: UserModel;
}

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersService,
    @Inject(CONFIG) private readonly config: LeadOpsConfig,
  ) {}

  @Public()
  @Mutation(() => AuthPayload, { description: 'Log in with e-mail and password; use the token as "Authorization: Bearer <token>".' })
  async login(
    @Args('email') email: string, @Args('password') password: string,
    @Context() ctx: { req: { ip?: string }; res?: { append(name: string, value: string): void } },
  ): Promise<AuthPayload> {
    if (email.length > 320 || password.length > 200) throw new LeadOpsError('BAD_USER_INPUT', 'email: too long', 'email');
    const { token, user, expiresAt } = await this.auth.login(email, password, ctx.req?.ip ?? 'unknown');
    // Sales ops may open sealed histories in the Temporal UI: their session also goes to the codec endpoint as a cookie.
    // Anyone else logging in on this browser clears it.
    const seconds = user.role === 'SALES_OPS' ? Math.max(0, Math.floor((expiresAt.getTime() - Date.now()) / 1000)) : 0;
    ctx.res?.append('Set-Cookie', codecCookie(this.config, seconds > 0 ? token : '', seconds));
    return { token, expiresAt, user: (await this.users.byId(user.id))! };
  }

  @Query(() => UserModel, { description: 'The logged-in user.' })
  async me(@CurrentUser() user: AuthUser): Promise<UserModel> {
    const found = await this.users.byId(user.id);
    if (!found) throw new LeadOpsError('UNAUTHENTICATED', 'User no longer exists');
    return found;
  }
}
