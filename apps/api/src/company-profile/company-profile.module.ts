import { Module } from '@nestjs/common';
import { CompanyProfileResolver } from './company-profile.resolver';
import { CompanyProfileService } from './company-profile.service';

@Module({ providers: [CompanyProfileService, CompanyProfileResolver] })
export class CompanyProfileModule {}
