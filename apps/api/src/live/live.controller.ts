import { Controller, Get, HttpCode, Inject, Post, Query, Req, Res, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Client } from 'pg';
import type { LeadOpsConfig } from '@leadops/config';
import { StreamTicketStore, type StreamTicketHolder } from '@leadops/persistence';
import { AuthService, SESSION_CHECK_MS } from '../auth/auth.service';
import { Public } from '../auth/auth.decorators';
import { bearerToken } from '../auth/auth.guard';
import type { AuthUser } from '../auth/auth.types';
import { CONFIG } from '../core/core.module';
import { LeadOpsError } from '../core/errors';
import { canSeeLead } from '../leads/lead.access';

const RECONNECT_MS = 1000;
/** A stream ticket is for opening the stream right away, not for keeping. */
export const STREAM_TICKET_TTL_SECONDS = 30;
/** Open streams per user and API process: a console tab needs one; more is a leak or an abuse. */
export const MAX_STREAMS_PER_USER = 5;

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
 * caller may see. EventSource cannot send headers and a bearer token in a URL lands in access logs, so the caller first
 * trades its token for a one-use ticket (POST /events/ticket, valid 30 s) and opens the stream with ?ticket=.
 */
@Controller('events')
export class LiveController implements OnModuleInit, OnModuleDestroy {
  private listener: Client | null = null;
  private readonly subscribers = new Set<{ user: AuthUser; sessionVersion: number; res: Response }>();
  private sessionCheck: NodeJS.Timeout | null = null;
  private keepAlive: NodeJS.Timeout | null = null;
  private reconnect: NodeJS.Timeout | null = null;
  private closing = false;

  constructor(
    @Inject(CONFIG) private readonly config: LeadOpsConfig,
    private readonly tickets: StreamTicketStore,
    private readonly auth: AuthService,
  ) {}

  async onModuleInit() {
    await this.listen();
    this.keepAlive = setInterval(() => this.subscribers.forEach((s) => s.res.write(': keep-alive\n\n')), 25_000);
    // A stream outlives the ticket that opened it: a revoked session (deactivated, new role, new password) ends it.
    this.sessionCheck = setInterval(() => void this.endRevokedStreams(), SESSION_CHECK_MS);
  }

  private async endRevokedStreams(): Promise<void> {
    for (const subscriber of this.subscribers) {
      const { user, sessionVersion } = subscriber;
      const still = await this.auth.sessionStillValid(user.id, sessionVersion).catch(() => user); // a database hiccup ends nobody
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

  /**
   * A one-use ticket for GET /events/leads, bound to the caller's session: the bearer token's user and session version
   * (the guard has checked the token; it is read again here for the version it carries).
   */
  @Post('ticket')
  @HttpCode(200)
  async ticket(@Req() req: Request): Promise<{ ticket: string; expiresAt: string }> {
    const bearer = bearerToken(req.headers.authorization);
    const session = bearer ? await this.auth.verifySession(bearer) : null;
    if (!session) throw new LeadOpsError('UNAUTHENTICATED', 'authorization: a stream ticket is issued for a bearer token only', 'authorization');
    const holder: StreamTicketHolder = { ...session.user, sessionVersion: session.sessionVersion };
    const { ticket, expiresAt } = await this.tickets.issue(holder, STREAM_TICKET_TTL_SECONDS);
    return { ticket, expiresAt: expiresAt.toISOString() };
  }

  @Public()
  @Get('leads')
  async stream(@Query('ticket') ticket: unknown, @Query('token') token: unknown, @Req() req: Request, @Res() res: Response) {
    if (token !== undefined) throw new LeadOpsError('UNAUTHENTICATED', 'token: a token does not go in the URL; trade it for a ticket (POST /events/ticket) and pass ?ticket=', 'token');
    if (typeof ticket !== 'string' || ticket.length === 0 || ticket.length > 100) {
      throw new LeadOpsError('UNAUTHENTICATED', 'ticket: ask for a stream ticket first (POST /events/ticket with your bearer token)', 'ticket');
    }
    const holder = await this.tickets.redeem(ticket);
    // The session may have been revoked in the ticket's 30 s.
    const user = holder && (await this.auth.sessionStillValid(holder.id, holder.sessionVersion));
    if (!holder || !user) throw new LeadOpsError('UNAUTHENTICATED', 'ticket: unknown, already used or expired; ask for a new one', 'ticket');
    const open = [...this.subscribers].filter((s) => s.user.id === user.id).length;
    if (open >= MAX_STREAMS_PER_USER) {
      throw new LeadOpsError('TOO_MANY_REQUESTS', `ticket: ${MAX_STREAMS_PER_USER} live streams are already open for this user; close one first`, 'ticket');
    }
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive', 'x-accel-buffering': 'no' });
    res.write('retry: 3000\n\n');
    const subscriber = { user, sessionVersion: holder.sessionVersion, res };
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
