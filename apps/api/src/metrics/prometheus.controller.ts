import { Controller, Get, Header } from '@nestjs/common';
import { Public } from '../auth/auth.decorators';
import { LeadOpsError } from '../core/errors';
import { PrometheusService } from './prometheus.service';

/** Scrape endpoint for Prometheus; counts only, no lead data, so it needs no token. */
@Public()
@Controller('metrics')
export class PrometheusController {
  constructor(private readonly prometheus: PrometheusService) {}

  @Get()
  @Header('Content-Type', 'text/plain; version=0.0.4; charset=utf-8')
  async scrape(): Promise<string> {
    try {
      return await this.prometheus.metrics();
    } catch {
      throw new LeadOpsError('UNAVAILABLE', 'Metrics unavailable: the database did not answer');
    }
  }
}
