import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import type { AuthUser } from '../auth/auth.types';
import { EmailTemplateInput, NurtureSequenceInput } from './dto/nurture.input';
import { EmailTemplateModel, NurtureSequenceModel } from './nurture.model';
import { NurtureService } from './nurture.service';

@Resolver()
export class NurtureResolver {
  constructor(private readonly nurture: NurtureService) {}

  @Roles('SALES_OPS', 'MANAGER')
  @Query(() => NurtureSequenceModel)
  nurtureSequence(): Promise<NurtureSequenceModel> {
    return this.nurture.sequence();
  }

  @Roles('SALES_OPS')
  @Mutation(() => NurtureSequenceModel, { description: 'Every step must name an existing e-mail template.' })
  updateNurtureSequence(@CurrentUser() user: AuthUser, @Args('input') input: NurtureSequenceInput): Promise<NurtureSequenceModel> {
    return this.nurture.updateSequence(user, input);
  }

  @Roles('SALES_OPS', 'MANAGER')
  @Query(() => [EmailTemplateModel])
  emailTemplates(): Promise<EmailTemplateModel[]> {
    return this.nurture.templates();
  }

  @Roles('SALES_OPS')
  @Mutation(() => EmailTemplateModel, { description: 'Creates or replaces the template with this key.' })
  updateEmailTemplate(@CurrentUser() user: AuthUser, @Args('key') key: string, @Args('input') input: EmailTemplateInput): Promise<EmailTemplateModel> {
    return this.nurture.updateTemplate(user, key, input);
  }
}
