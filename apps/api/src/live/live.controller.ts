import { Controller, Get, Inject, Query, Req, Res, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Client } from 'pg';
import type { LeadOpsConfig } from '@leadops/config';
import { AuthService } from '../auth/auth.service';
import { Public } from '../auth/auth.decorators';
import type { AuthUser } from '../auth/auth.types';
import { CONFIG } from '../core/core.module';
import { LeadOpsError } from '../core/errors';
import { canSeeLead } from '../leads/lead.access';

interface LeadChange {
  id: string;
  ownerId: string | null;
  teamId: string | null;
  status: string;
  stage: string | null;
  priority: string | null;
  slaState: string;
  breached: boolean;
}

/**
 * Server-sent events of lead changes and new SLA breaches, fed by PostgreSQL LISTEN/NOTIFY, filtered by what the
 * caller may see. EventSource cannot send headers, so the token comes as ?token=.
 */
@Controller('events')
export class LiveController implements OnModuleInit, OnModuleDestroy {
  private listener: Client | null = null;
  private readonly subscribers = new Set<{ user: AuthUser; res: Response }>();
  private keepAlive: NodeJS.Timeout | null = null;

  constructor(
    @Inject(CONFIG) private readonly config: LeadOpsConfig,
    private readonly auth: AuthService,
  ) {}

  async onModuleInit() {
    this.listener = new Client({ connectionString: this.config.databaseUrl, application_name: 'leadops-api-live' });
    await this.listener.connect();
    this.listener.on('notification', (n) => n.payload && this.broadcast(JSON.parse(n.payload) as LeadChange));
    this.listener.on('error', (e) => console.warn(`[api] live updates listener: ${e.message}`));
    await this.listener.query('LISTEN lead_changed');
    this.keepAlive = setInterval(() => this.subscribers.forEach((s) => s.res.write(': keep-alive\n\n')), 25_000);
  }

  async onModuleDestroy() {
    if (this.keepAlive) clearInterval(this.keepAlive);
    this.subscribers.forEach((s) => s.res.end());
    await this.listener?.end().catch(() => undefined);
  }

  @Public()
  @Get('leads')
  stream(@Query('token') token: string | undefined, @Req() req: Request, @Res() res: Response) {
    const user = token ? this.auth.verify(token) : null;
    if (!user) throw new LeadOpsError('UNAUTHENTICATED', 'Log in first (?token=<token>)');
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive', 'x-accel-buffering': 'no' });
    res.write('retry: 3000\n\n');
    const subscriber = { user, res };
    this.subscribers.add(subscriber);
    req.on('close', () => this.subscribers.delete(subscriber));
  }

  private broadcast(change: LeadChange) {
    for (const { user, res } of this.subscribers) {
      if (!canSeeLead(user, change)) continue;
      res.write(`event: lead\ndata: ${JSON.stringify(change)}\n\n`);
      if (change.breached) res.write(`event: breach\ndata: ${JSON.stringify(change)}\n\n`);
    }
  }
}
