import { Module } from '@nestjs/common';
import { LeadConversionScoreResolver, ScoringResolver } from './scoring.resolver';
import { ScoringService } from './scoring.service';

/** The conversion score learned from outcomes: per lead, the models, training and rollback. */
@Module({ providers: [ScoringService, ScoringResolver, LeadConversionScoreResolver] })
export class ScoringModule {}
