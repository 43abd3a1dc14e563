import { Module } from '@nestjs/common';
import { SlaResolver } from './sla.resolver';
import { SlaService } from './sla.service';

@Module({ providers: [SlaService, SlaResolver] })
export class SlaModule {}
