import { Injectable } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { NextFunction, Request, Response } from 'express';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { STAGES } from '@leadops/domain';
import { MetricsStore } from '@leadops/persistence';

// Route labels are a fixed set, so a scan of random URLs cannot blow up the series count.
const ROUTES: Array<[RegExp, string]> = [
  [/^\/graphql(\/|$)/, '/graphql'],
  [/^\/webhooks\/leads\/[^/]+\/?$/, '/webhooks/leads/:source'],
  [/^\/imports\/leads\/?$/, '/imports/leads'],
  [/^\/metrics\/?$/, '/metrics'],
  [/^\/health\/(live|ready)\/?$/, '/health/:probe'],
];
const routeLabel = (path: string) => ROUTES.find(([re]) => re.test(path))?.[1] ?? 'other';

/** The Prometheus registry behind GET /metrics: pipeline gauges read from PostgreSQL at scrape time, plus HTTP traffic. */
@Injectable()
export class PrometheusService {
  readonly registry = new Registry();

  constructor(
    store: MetricsStore,
    adapterHost: HttpAdapterHost,
  ) {
    const registers = [this.registry];
    collectDefaultMetrics({ register: this.registry, prefix: 'leadops_api_' });
    const httpRequests = new Counter({
      name: 'leadops_http_requests_total', help: 'HTTP requests by route and status', labelNames: ['method', 'route', 'status'], registers,
    });
    // Registered before the body parsers, so refused bodies (413, bad JSON) are counted too.
    adapterHost.httpAdapter.use((req: Request, res: Response, next: NextFunction) => {
      // originalUrl: mounted handlers (Apollo on /graphql) rewrite req.url while they run.
      const path = (req.originalUrl ?? req.url ?? '').split('?')[0]!;
      res.on('finish', () => httpRequests.inc({ method: req.method, route: routeLabel(path), status: String(res.statusCode) }));
      next();
    });

    const cursor = { lastClassificationId: '0', breachesSeen: 0 };
    new Gauge({
      name: 'leadops_leads_by_stage', help: 'Leads (not merged) by classification stage; UNCLASSIFIED before classification', labelNames: ['stage'], registers,
      async collect() {
        const rows = await store.leadsByStage();
        this.reset();
        for (const stage of [...STAGES, 'UNCLASSIFIED']) this.set({ stage }, 0);
        for (const r of rows) this.set({ stage: r.stage ?? 'UNCLASSIFIED' }, r.n);
      },
    });
    new Counter({
      name: 'leadops_sla_breaches_total', help: 'First-response SLA breaches recorded', registers,
      async collect() {
        const n = await store.slaBreachesRecorded();
        if (n > cursor.breachesSeen) this.inc(n - cursor.breachesSeen);
        cursor.breachesSeen = Math.max(cursor.breachesSeen, n);
      },
    });
    new Histogram({
      name: 'leadops_classification_latency_ms', help: 'Time to classify a lead (LLM or rules), in milliseconds', labelNames: ['classifier'], registers,
      buckets: [25, 50, 100, 200, 400, 800, 1000, 2000, 5000, 10000],
      async collect() {
        // Only rows stored since the last scrape, so a scrape reads a bounded slice.
        const rows = await store.classificationLatenciesSince(cursor.lastClassificationId);
        for (const r of rows) this.observe({ classifier: r.classifier }, r.latency_ms);
        if (rows.length) cursor.lastClassificationId = rows[rows.length - 1]!.id;
      },
    });
    new Gauge({
      name: 'leadops_workflow_failures', help: 'Outbox rows whose workflow start failed and is still pending', registers,
      async collect() {
        const n = await store.pendingWorkflowStartFailures();
        this.set(n);
      },
    });
  }

  metrics(): Promise<string> {
    return this.registry.metrics();
  }
}
