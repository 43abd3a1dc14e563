// Workflow interceptors of the traced bundle: each lead's trace continues from the workflow start (the API's createLead)
// into every activity and child workflow, with a `StartActivity:<type>` span for each, exported through the `traces` sink.
//
// Why not OpenTelemetry's own workflow interceptors: they register a tracer provider and an AsyncLocalStorage context
// manager inside every cached workflow. With 1,000 workflows in the worker's cache the worker's CPU per lead grew run
// after run (53 → 87 → 134 ms at 25 leads/s, tools/bench/pipeline/run.sh with OTEL_EXPORTER_OTLP_ENDPOINT set; flat at
// about 31 ms with the plain bundle and the same activity spans). These interceptors keep no per-workflow
// context machinery: the parent is the start header, span ids are derived from the run id and the command's sequence
// number (deterministic on replay), and times are the workflow's own clock.
import {
  defaultPayloadConverter, proxySinks, workflowInfo,
  type ActivityInput, type LocalActivityInput, type Sinks, type StartChildWorkflowExecutionInput,
  type WorkflowExecuteInput, type WorkflowInboundCallsInterceptor, type WorkflowInterceptorsFactory, type WorkflowOutboundCallsInterceptor,
} from '@temporalio/workflow';
import type { Payload } from '@temporalio/common';

/** The header Temporal's OpenTelemetry interceptors read and write (client, activities): a W3C carrier as a JSON payload. */
export const TRACE_HEADER = '_tracer-data';

/** A finished span as the workflow hands it to the worker (plain data: it crosses the sandbox boundary). */
export interface WorkflowSpan {
  name: string;
  traceId: string;
  spanId: string;
  parentSpanId: string;
  /** W3C trace flags of the parent (01: sampled). */
  traceFlags: number;
  startMs: number;
  endMs: number;
  failed: boolean;
  attributes: Record<string, string>;
}

export interface TraceSinks extends Sinks {
  traces: { export(span: WorkflowSpan): void };
}

interface ParentSpan { traceId: string; spanId: string; traceFlags: number }

const TRACEPARENT = /^00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})$/;

/** The parent span a header carries, or undefined when the start was not traced (or the header is not ours to read). */
export function parentFromHeader(header: Payload | undefined): ParentSpan | undefined {
  if (!header) return undefined;
  let carrier: unknown;
  try {
    carrier = defaultPayloadConverter.fromPayload(header);
  } catch {
    return undefined;
  }
  const traceparent = (carrier as { traceparent?: unknown } | null)?.traceparent;
  const match = typeof traceparent === 'string' ? TRACEPARENT.exec(traceparent) : null;
  if (!match) return undefined;
  return { traceId: match[1]!, spanId: match[2]!, traceFlags: parseInt(match[3]!, 16) };
}

/** The header that makes `span` the parent of whatever receives it. */
export function headerFor(span: ParentSpan): Payload {
  return defaultPayloadConverter.toPayload({ traceparent: `00-${span.traceId}-${span.spanId}-${span.traceFlags.toString(16).padStart(2, '0')}` })!;
}

/** 16 hex digits from two FNV-1a passes: the same run and command give the same span id on every replay. */
export function spanIdFor(key: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193) ^ (a >>> 13);
  }
  const hex = (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
  return hex === '0000000000000000' ? '0000000000000001' : hex;
}

export const interceptors: WorkflowInterceptorsFactory = () => {
  let parent: ParentSpan | undefined;
  const { traces } = proxySinks<TraceSinks>();

  /** Runs a command under a span of its own whose id travels in the command's header; the span ends with the command. */
  async function traced<I extends { headers: Record<string, Payload>; seq: number }, O>(name: string, input: I, run: (input: I) => Promise<O>, attributes: Record<string, string>): Promise<O> {
    if (!parent) return run(input);
    const info = workflowInfo();
    const span = { traceId: parent.traceId, spanId: spanIdFor(`${info.runId}:${name}:${input.seq}`), traceFlags: parent.traceFlags };
    const startMs = Date.now();
    const finish = (failed: boolean) => traces.export({
      name, traceId: span.traceId, spanId: span.spanId, parentSpanId: parent!.spanId, traceFlags: span.traceFlags, startMs, endMs: Date.now(), failed,
      attributes: { ...attributes, temporalWorkflowId: info.workflowId, run_id: info.runId },
    });
    try {
      const result = await run({ ...input, headers: { ...input.headers, [TRACE_HEADER]: headerFor(span) } });
      finish(false);
      return result;
    } catch (error) {
      finish(true);
      throw error;
    }
  }

  const inbound: WorkflowInboundCallsInterceptor = {
    execute(input: WorkflowExecuteInput, next) {
      parent = parentFromHeader(input.headers[TRACE_HEADER]);
      return next(input);
    },
  };
  const outbound: WorkflowOutboundCallsInterceptor = {
    scheduleActivity: (input: ActivityInput, next) => traced(`StartActivity:${input.activityType}`, input, next, { temporalActivityType: input.activityType }),
    scheduleLocalActivity: (input: LocalActivityInput, next) => traced(`StartActivity:${input.activityType}`, input, next, { temporalActivityType: input.activityType }),
    startChildWorkflowExecution: (input: StartChildWorkflowExecutionInput, next) =>
      traced(`StartChildWorkflow:${input.workflowType}`, input, next, { temporalChildWorkflowType: input.workflowType }),
    // The next run continues the same trace: it carries the header the first run was started with.
    continueAsNew: (input, next) => next(parent ? { ...input, headers: { ...input.headers, [TRACE_HEADER]: headerFor(parent) } } : input),
  };
  return { inbound: [inbound], outbound: [outbound] };
};
