import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { RepReroutes } from '../routing/rep-reroutes';
import { AuthGuard } from './auth.guard';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { UserAccessResolver } from './user-access.resolver';
import { UsersService } from './users.service';

@Global()
@Module({
  providers: [AuthService, UsersService, AuthResolver, UserAccessResolver, RepReroutes, { provide: APP_GUARD, useClass: AuthGuard }],
  exports: [AuthService, UsersService],
})
export class AuthModule {}
