import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import type { AuthUser } from '../auth/auth.types';
import { CompanyProfileInput } from './dto/company-profile.input';
import { CompanyProfileModel } from './company-profile.model';
import { CompanyProfileService } from './company-profile.service';

@Resolver(() => CompanyProfileModel)
export class CompanyProfileResolver {
  constructor(private readonly profiles: CompanyProfileService) {}

  @Query(() => CompanyProfileModel, { description: 'The company profile leads are classified against (latest version).' })
  companyProfile(): Promise<CompanyProfileModel> {
    return this.profiles.current();
  }

  @Roles('SALES_OPS', 'MANAGER')
  @Query(() => [CompanyProfileModel], { description: 'Every saved version, newest first.' })
  companyProfileHistory(@Args('first', { type: () => Int, nullable: true }) first?: number | null): Promise<CompanyProfileModel[]> {
    return this.profiles.history(undefined, first ?? 50);
  }

  @Roles('SALES_OPS')
  @Mutation(() => CompanyProfileModel, { description: 'Saves a new version; leads classified from now on use it.' })
  updateCompanyProfile(@CurrentUser() user: AuthUser, @Args('input') input: CompanyProfileInput): Promise<CompanyProfileModel> {
    return this.profiles.update(user, input);
  }
}
