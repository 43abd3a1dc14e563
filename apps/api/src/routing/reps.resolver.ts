import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import type { AuthUser } from '../auth/auth.types';
import { UserModel, UserRoleEnum } from '../auth/users.service';
import { RepInput } from './dto/rep.input';
import { TeamInput } from './dto/team.input';
import { UserInput } from './dto/user.input';
import { RepModel, TeamModel } from './routing.model';
import { RepsService } from './reps.service';

@Resolver()
export class RepsResolver {
  constructor(private readonly people: RepsService) {}

  @Roles('SALES_OPS', 'MANAGER')
  @Query(() => [RepModel], { description: 'Reps with their routing settings (a manager sees their team).' })
  reps(@CurrentUser() user: AuthUser): Promise<RepModel[]> {
    return this.people.reps(user);
  }

  @Roles('SALES_OPS', 'MANAGER')
  @Query(() => [TeamModel])
  teams(@CurrentUser() user: AuthUser): Promise<TeamModel[]> {
    return this.people.teams(user);
  }

  @Roles('SALES_OPS', 'MANAGER')
  @Query(() => [UserModel], { description: 'Accounts (a manager sees their team).' })
  users(@CurrentUser() user: AuthUser, @Args('role', { type: () => UserRoleEnum, nullable: true }) role?: UserRoleEnum | null): Promise<UserModel[]> {
    return this.people.users(user, role ?? null);
  }

  @Roles('SALES_OPS')
  @Mutation(() => RepModel, { description: 'Changes how routing treats a rep; only the fields given change.' })
  updateRep(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }) id: string, @Args('input') input: RepInput): Promise<RepModel> {
    return this.people.updateRep(user, id, input);
  }

  @Roles('SALES_OPS')
  @Mutation(() => TeamModel)
  createTeam(@CurrentUser() user: AuthUser, @Args('input') input: TeamInput): Promise<TeamModel> {
    return this.people.createTeam(user, input);
  }

  @Roles('SALES_OPS')
  @Mutation(() => UserModel)
  createUser(@CurrentUser() user: AuthUser, @Args('input') input: UserInput): Promise<UserModel> {
    return this.people.createUser(user, input);
  }
}
