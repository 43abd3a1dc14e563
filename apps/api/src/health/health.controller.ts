import { Controller, Get, Inject, Res } from '@nestjs/common';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import type { LeadOpsConfig } from '@leadops/config';
import { databaseAnswers, ModelServiceStatusStore } from '@leadops/persistence';
import { Public } from '../auth/auth.decorators';
import { CONFIG } from '../core/core.module';
import { LeadWorkflowClient } from '../temporal/lead-workflow-client';

/** Workers refresh their model state every 5 s: a row older than this belongs to a worker that is gone. */
const MODEL_STATE_FRESH_MS = 20_000;

/** How the model service looks from the workers: off (rules only), ok, degraded (a circuit open or probing), unknown. */
export type ModelHealth = 'off' | 'ok' | 'degraded' | 'unknown';

@Public()
@Controller('health')
export class HealthController {
  constructor(
    @Inject(DataSource) private readonly db: DataSource,
    @Inject(CONFIG) private readonly config: LeadOpsConfig,
    private readonly workflows: LeadWorkflowClient,
    private readonly modelStatus: ModelServiceStatusStore,
  ) {}

  @Get('live')
  live() {
    return { status: 'ok' };
  }

  /**
   * Ready when PostgreSQL answers and Temporal is reachable. The model only degrades the answer: with its circuit open
   * leads still flow, classified by the rules.
   */
  @Get('ready')
  async ready(@Res({ passthrough: true }) res: Response) {
    const postgres = await databaseAnswers(this.db);
    const temporal = await this.workflows.reachable();
    const model = postgres ? await this.modelHealth().catch((): ModelHealth => 'unknown') : 'unknown';
    const ok = postgres && temporal;
    res.status(ok ? 200 : 503);
    return { status: ok ? (model === 'degraded' ? 'degraded' : 'ok') : 'unavailable', postgres, temporal, model };
  }

  private async modelHealth(): Promise<ModelHealth> {
    const workers = await this.modelStatus.recent(MODEL_STATE_FRESH_MS);
    if (workers.length === 0) return this.config.llm ? 'unknown' : 'off';
    if (workers.some((w) => w.state === 'open' || w.state === 'half-open')) return 'degraded';
    return workers.every((w) => w.state === 'off') ? 'off' : 'ok';
  }
}
