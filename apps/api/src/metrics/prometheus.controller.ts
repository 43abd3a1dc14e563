import { Controller, Get, Header, Headers, Inject } from '@nestjs/common';
import { metricsRequestAllowed, type LeadOpsConfig } from '@leadops/config';
import { Public } from '../auth/auth.decorators';
import { CONFIG } from '../core/core.module';
import { LeadOpsError } from '../core/errors';
import { PrometheusService } from './prometheus.service';

/**
 * Scrape endpoint for Prometheus. Counts only, no lead data, but they tell an outsider the business's volume and
 * response times: with METRICS_TOKEN set (required in production) it answers only a scrape bearing that token.
 */
@Public()
@Controller('metrics')
export class PrometheusController {
  constructor(
    private readonly prometheus: PrometheusService,
    @Inject(CONFIG) private readonly config: LeadOpsConfig,
  ) {}

  @Get()
  @Header('Content-Type', 'text/plain; version=0.0.4; charset=utf-8')
  async scrape(@Headers('authorization') authorization: string | undefined): Promise<string> {
    if (!metricsRequestAllowed(authorization, this.config.metrics.token)) throw new LeadOpsError('UNAUTHENTICATED', 'Metrics need the scrape token (Authorization: Bearer <METRICS_TOKEN>)');
    try {
      return await this.prometheus.metrics();
    } catch {
      throw new LeadOpsError('UNAVAILABLE', 'Metrics unavailable: the database did not answer');
    }
  }
}
