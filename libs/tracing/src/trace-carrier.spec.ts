import { context, trace } from '@opentelemetry/api';
import { InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { currentTraceCarrier, inSpan, withTraceCarrier } from './index';

describe('trace context across the outbox', () => {
  const exporter = new InMemorySpanExporter();
  beforeAll(() => {
    // As startTracing registers it (AsyncLocalStorage context, W3C trace context), exporting to memory.
    new NodeTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] }).register();
  });

  it('a span started later inside the stored carrier belongs to the original trace', async () => {
    const carrier = await inSpan('leadops.createLead', {}, async () => currentTraceCarrier());
    expect(carrier['traceparent']).toMatch(/^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/);
    await withTraceCarrier(carrier, () => inSpan('relay start', {}, async () => undefined));
    const [created, relayed] = exporter.getFinishedSpans();
    expect(relayed!.spanContext().traceId).toBe(created!.spanContext().traceId);
    expect(relayed!.parentSpanId).toBe(created!.spanContext().spanId);
  });

  it('outside any span there is nothing to carry, and an empty carrier starts nothing', () => {
    expect(currentTraceCarrier()).toEqual({});
    expect(withTraceCarrier({}, () => trace.getSpan(context.active()))).toBeUndefined();
    expect(withTraceCarrier(null, () => 42)).toBe(42);
  });

  it('records a failure on the span and rethrows it', async () => {
    await expect(inSpan('failing', {}, async () => { throw new Error('boom'); })).rejects.toThrow('boom');
    const failing = exporter.getFinishedSpans().find((s) => s.name === 'failing')!;
    expect(failing.status.code).toBe(2);
  });
});
