// The worker's side of the workflows' `traces` sink: a span the traced bundle finished (libs/workflows/src/trace-context.ts)
// goes to the same span processor as the activity spans, so one lead's trace reads createLead → StartWorkflow →
// StartActivity → RunActivity → the model call.
import { SpanKind, SpanStatusCode, type HrTime } from '@opentelemetry/api';
import type { ReadableSpan } from '@opentelemetry/sdk-trace-base';
import type { InjectedSinks } from '@temporalio/worker';
import type { Tracing } from '@leadops/tracing';
import type { TraceSinks, WorkflowSpan } from '@leadops/workflows';

const hrTime = (ms: number): HrTime => [Math.floor(ms / 1000), Math.round((ms % 1000) * 1e6)];

export function toReadableSpan(span: WorkflowSpan, resource: Tracing['resource']): ReadableSpan {
  const spanContext = { traceId: span.traceId, spanId: span.spanId, traceFlags: span.traceFlags };
  return {
    name: span.name,
    kind: SpanKind.CLIENT,
    spanContext: () => spanContext,
    parentSpanId: span.parentSpanId,
    startTime: hrTime(span.startMs),
    endTime: hrTime(span.endMs),
    duration: hrTime(span.endMs - span.startMs),
    status: { code: span.failed ? SpanStatusCode.ERROR : SpanStatusCode.UNSET },
    attributes: span.attributes,
    links: [],
    events: [],
    ended: true,
    resource,
    instrumentationLibrary: { name: '@leadops/workflows' },
    droppedAttributesCount: 0,
    droppedEventsCount: 0,
    droppedLinksCount: 0,
  };
}

/** Hands each finished workflow span to the processor; never called while a workflow replays (the span was sent then). */
export function workflowTraceSinks(tracing: Tracing): InjectedSinks<TraceSinks> {
  return {
    traces: {
      export: { fn: (_info, span) => {
        if (span.traceFlags & 1) tracing.spanProcessor.onEnd(toReadableSpan(span, tracing.resource));
      } },
    },
  };
}
