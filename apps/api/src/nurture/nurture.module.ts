import { Module } from '@nestjs/common';
import { NurtureResolver } from './nurture.resolver';
import { NurtureService } from './nurture.service';

@Module({ providers: [NurtureService, NurtureResolver] })
export class NurtureModule {}
