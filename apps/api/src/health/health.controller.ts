import { Controller, Get, Inject, Res } from '@nestjs/common';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Public } from '../auth/auth.decorators';
import { LeadWorkflows } from '../temporal/temporal.module';

@Public()
@Controller('health')
export class HealthController {
  constructor(
    @Inject(DataSource) private readonly db: DataSource,
    private readonly workflows: LeadWorkflows,
  ) {}

  @Get('live')
  live() {
    return { status: 'ok' };
  }

  /** Ready when PostgreSQL answers and Temporal is reachable. */
  @Get('ready')
  async ready(@Res({ passthrough: true }) res: Response) {
    const postgres = await this.db.query('SELECT 1').then(() => true, () => false);
    const temporal = await this.workflows.reachable();
    const ok = postgres && temporal;
    res.status(ok ? 200 : 503);
    return { status: ok ? 'ok' : 'unavailable', postgres, temporal };
  }
}
