import { Controller, Get, Inject, Query, Req, Res, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Client } from 'pg';
import type { LeadOpsConfig } from '@leadops/config';
import { AuthService, SESSION_CHECK_MS } from '../auth/auth.service';
import { Public } from '../auth/auth.decorators';
import type { AuthUser } from '../auth/auth.types';
import { CONFIG } from '../core/core.module';
import { LeadOpsError } from '../core/errors';
import { canSeeLead } from '../leads/lead.access';

const RECONNECT_MS = 1000;

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
  private readonly subscribers = new Set<{ user: AuthUser; res: Response; token: string }>();
  private sessionCheck: NodeJS.Timeout | null = null;
  private keepAlive: NodeJS.Timeout | null = null;
  private reconnect: NodeJS.Timeout | null = null;
  private closing = false;

  constructor(
    @Inject(CONFIG) private readonly config: LeadOpsConfig,
    private readonly auth: AuthService,
  ) {}

  async onModuleInit() {
    await this.listen();
    this.keepAlive = setInterval(() => this.subscribers.forEach((s) => s.res.write(': keep-alive\n\n')), 25_000);
    // A stream outlives the request that opened it: a revoked session (deactivated, new role, new password) ends it.
    this.sessionCheck = setInterval(() => void this.endRevokedStreams(), SESSION_CHECK_MS);
  }

  private async endRevokedStreams(): Promise<void> {
    for (const subscriber of this.subscribers) {
      const still = await this.auth.verify(subscriber.token).catch(() => subscriber.user); // a database hiccup ends nobody
      if (!still) {
        this.subscribers.delete(subscriber);
        subscriber.res.end();
      }
    }
  }

  async onModuleDestroy() {
    this.closing = true;
    if (this.reconnect) clearTimeout(this.reconnect);
    if (this.keepAlive) clearInterval(this.keepAlive);
    if (this.sessionCheck) clearInterval(this.sessionCheck);
    this.subscribers.forEach((s) => s.res.end());
    await this.listener?.end().catch(() => undefined);
  }

  /** LISTENs on a connection of its own; when PostgreSQL drops it (restart, failover) it connects again, or the stream would go quiet for good. */
  private async listen(): Promise<void> {
    const listener = new Client({ connectionString: this.config.databaseUrl, application_name: 'leadops-api-live' });
    let lost = false;
    const onLost = (reason: string) => {
      if (lost) return;
      lost = true;
      if (this.listener === listener) this.listener = null;
      listener.end().catch(() => undefined);
      if (this.closing) return;
      console.warn(`[api] live updates listener: ${reason}; reconnecting in ${RECONNECT_MS} ms`);
      this.reconnect = setTimeout(() => void this.listen().catch(() => undefined), RECONNECT_MS);
      this.reconnect.unref();
    };
    listener.on('notification', (n) => n.payload && this.broadcast(JSON.parse(n.payload) as LeadChange));
    listener.on('error', (e) => onLost(e.message));
    listener.on('end', () => onLost('connection closed'));
    this.listener = listener;
    try {
      await listener.connect();
      await listener.query('LISTEN lead_changed');
    } catch (error) {
      onLost((error as Error).message);
      throw error;
    }
  }

  @Public()
  @Get('leads')
  async stream(@Query('token') token: string | undefined, @Req() req: Request, @Res() res: Response) {
    const user = token ? await this.auth.verify(token) : null;
    if (!user) throw new LeadOpsError('UNAUTHENTICATED', 'Log in first (?token=<token>)');
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive', 'x-accel-buffering': 'no' });
    res.write('retry: 3000\n\n');
    const subscriber = { user, res, token: token! };
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
