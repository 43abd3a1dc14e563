// OpenTelemetry traces for the API and the worker: one trace per lead, from createLead through the workflow and its
// activities to the model call. Spans carry ids, sources and decisions, never what names or reaches the person.
import { context, propagation, ROOT_CONTEXT, SpanStatusCode, trace, type Attributes, type Span } from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { Resource } from '@opentelemetry/resources';
import { BatchSpanProcessor, type SpanProcessor } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { ATTR_SERVICE_NAME, ATTR_SERVICE_VERSION } from '@opentelemetry/semantic-conventions';
import type { LeadOpsConfig } from '@leadops/config';

export const TRACER_NAME = 'leadops';

/** What a process needs to trace: the span processor (the worker's workflow sink exports through it too) and a flush. */
export interface Tracing {
  spanProcessor: SpanProcessor;
  resource: Resource;
  /** Sends the spans still buffered; called before the process exits. */
  shutdown(): Promise<void>;
}

/**
 * Registers the process's tracer provider (AsyncLocalStorage context, W3C trace context) exporting over OTLP/HTTP, or
 * returns null without an endpoint: the API then stays the OpenTelemetry no-op and a span costs next to nothing.
 */
export function startTracing(settings: LeadOpsConfig['tracing'], serviceName: 'leadops-api' | 'leadops-worker'): Tracing | null {
  if (settings === null) return null;
  const resource = new Resource({ [ATTR_SERVICE_NAME]: serviceName, [ATTR_SERVICE_VERSION]: process.env['npm_package_version'] ?? '0.1.0' });
  // Headers (an API key for a hosted collector) come from OTEL_EXPORTER_OTLP_HEADERS, which the exporter reads itself.
  const spanProcessor = new BatchSpanProcessor(new OTLPTraceExporter({ url: settings.tracesUrl }), { scheduledDelayMillis: 1000 });
  const provider = new NodeTracerProvider({ resource, spanProcessors: [spanProcessor] });
  provider.register();
  return { spanProcessor, resource, shutdown: () => provider.shutdown().catch(() => undefined) };
}

/** Runs `work` in a span of its own (a child of the active one); the span records a failure and always ends. */
export function inSpan<T>(name: string, attributes: Attributes, work: (span: Span) => Promise<T>): Promise<T> {
  return trace.getTracer(TRACER_NAME).startActiveSpan(name, { attributes }, async (span) => {
    try {
      return await work(span);
    } catch (error) {
      span.recordException(error as Error);
      span.setStatus({ code: SpanStatusCode.ERROR, message: (error as Error).name });
      throw error;
    } finally {
      span.end();
    }
  });
}

/** The active trace context as W3C headers (`traceparent`), to store beside work that another process picks up later. */
export function currentTraceCarrier(): Record<string, string> {
  const carrier: Record<string, string> = {};
  propagation.inject(context.active(), carrier);
  return carrier;
}

/** Runs `work` inside the trace context stored with `currentTraceCarrier` (or at the root when there is none). */
export function withTraceCarrier<T>(carrier: Record<string, string> | null | undefined, work: () => T): T {
  if (!carrier || typeof carrier['traceparent'] !== 'string') return work();
  return context.with(propagation.extract(ROOT_CONTEXT, carrier), work);
}
