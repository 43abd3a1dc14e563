// What the worker did with leads, for Prometheus: counted where activities complete (an activity interceptor), so the
// activities themselves stay free of metrics code. Counted on success only: a failed attempt is retried and counted
// when it succeeds.
import { Context } from '@temporalio/activity';
import type { ActivityInterceptorsFactory } from '@temporalio/worker';
import { Counter, Histogram, type Registry } from 'prom-client';

interface ClassificationSummary { stage: string; priority: string; classifier: string }

export function leadMetricsInterceptor(registry: Registry): ActivityInterceptorsFactory {
  const registers = [registry];
  const triaged = new Counter({ name: 'leadops_leads_triaged_total', help: 'Leads classified by this worker, by stage and priority', labelNames: ['stage', 'priority'], registers });
  const classifiers = new Counter({ name: 'leadops_leads_classifier_total', help: 'Classifications by the classifier that decided (llm or rules)', labelNames: ['classifier'], registers });
  const assigned = new Counter({ name: 'leadops_leads_assigned_total', help: 'Owners assigned (first assignments and reassignments)', registers });
  const breaches = new Counter({ name: 'leadops_worker_sla_breaches_total', help: 'First-response SLA breaches marked by this worker', registers });
  const escalations = new Counter({ name: 'leadops_escalations_total', help: 'Escalation steps run after an SLA breach, by action', labelNames: ['action'], registers });
  const triageSeconds = new Histogram({
    name: 'leadops_triage_duration_seconds', help: 'From a lead\'s triage start to its priority and owner stored (enrich, classify, assign)',
    buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10], registers,
  });

  const timeToPriority = new Histogram({
    name: 'leadops_time_to_priority_seconds',
    help: 'From a lead stored by the API to its priority (and owner, when its stage calls for one) stored: the wait reps and the SLA see',
    buckets: [0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60, 300], registers,
  });

  const classified = (c: ClassificationSummary | null | undefined) => {
    if (!c) return;
    triaged.inc({ stage: c.stage, priority: c.priority });
    classifiers.inc({ classifier: c.classifier });
  };

  return (ctx: Context) => ({
    inbound: {
      async execute(input, next) {
        const started = performance.now();
        const result: any = await next(input);
        const args: any = input.args[0] ?? {};
        switch (ctx.info.activityType) {
          case 'triageNewLead':
            if (result?.classification) {
              classified(result.classification);
              triageSeconds.observe((performance.now() - started) / 1000);
              const arrived = Date.parse(result.leadCreatedAt ?? '');
              if (Number.isFinite(arrived)) timeToPriority.observe(Math.max(0, Date.now() - arrived) / 1000);
            }
            if (result?.assignment?.ownerId) assigned.inc();
            break;
          case 'classifyLead':
            classified(result);
            break;
          case 'assignOwner':
            if (result?.ownerId) assigned.inc();
            break;
          case 'escalate':
            if (args.step?.action === 'MARK_BREACHED') breaches.inc();
            else if (args.step?.action) escalations.inc({ action: String(args.step.action) });
            if (result?.ownerId) assigned.inc();
            break;
        }
        return result;
      },
    },
  });
}
