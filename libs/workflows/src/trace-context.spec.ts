import { headerFor, parentFromHeader, spanIdFor } from './trace-context';

describe('trace context carried through the workflow', () => {
  const parent = { traceId: '4bf92f3577b34da6a3ce929d0e0e4736', spanId: '00f067aa0ba902b7', traceFlags: 1 };

  it('reads back the parent a header carries, as Temporal\'s OpenTelemetry interceptors write it', () => {
    expect(parentFromHeader(headerFor(parent))).toEqual(parent);
  });

  it('ignores a missing, foreign or malformed header instead of failing the workflow', () => {
    expect(parentFromHeader(undefined)).toBeUndefined();
    expect(parentFromHeader(headerFor({ ...parent, traceId: 'not-hex' }))).toBeUndefined();
    expect(parentFromHeader({ metadata: { encoding: new TextEncoder().encode('binary/plain') }, data: new Uint8Array([1, 2]) })).toBeUndefined();
  });

  it('gives the same span id to the same command on every replay, and different ids to different commands', () => {
    expect(spanIdFor('run-1:StartActivity:triageNewLead:3')).toBe(spanIdFor('run-1:StartActivity:triageNewLead:3'));
    const ids = new Set(Array.from({ length: 10_000 }, (_, seq) => spanIdFor(`run-1:StartActivity:triageNewLead:${seq}`)));
    expect(ids.size).toBe(10_000);
    expect(spanIdFor('run-2:StartActivity:triageNewLead:3')).not.toBe(spanIdFor('run-1:StartActivity:triageNewLead:3'));
    expect(spanIdFor('x')).toMatch(/^[0-9a-f]{16}$/);
  });
});
