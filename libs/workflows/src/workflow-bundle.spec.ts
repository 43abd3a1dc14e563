// What goes into the workflow sandbox. Every cached workflow (up to WORKER_MAX_CACHED_WORKFLOWS, 1000 by default) holds
// its own instance of the bundled modules, so each kilobyte here is a megabyte of worker memory. When the workflow
// imported stageNeedsOwner from the @leadops/domain barrel, all of libs/domain came along (libphonenumber's metadata
// alone is 2.9 MB): the bundle's code was 3.6 MB and one worker held 3.4 GB at 1000 cached workflows.
import { bundleWorkflowCode } from '@temporalio/worker';
import { SEALED_FAILURE_CONVERTER_PATH } from '@leadops/config';
import { TRACING_WORKFLOW_INTERCEPTORS_PATH, WORKFLOWS_PATH } from './index';

/** The modules a workflow needs: Temporal's workflow runtime, our workflows and the lead lifecycle's pure rules. */
const ALLOWED = [
  /^\.\/node_modules\/@temporalio\/(workflow|common)\//,
  /^\.\/node_modules\/(nexus-rpc|ms|long)\//,
  /^\.\/node_modules\/@temporalio\/common\/node_modules\/long\//,
  /^\.\/libs\/workflows\/(src|dist)\//,
  /^\.\/libs\/domain\/(src|dist)\/lifecycle\//,
  /^\.\/libs\/domain\/(src|dist)\/(promotion\/index|scoring\/promotion)\.[jt]s$/, // the scoring promotion rule, nothing else of scoring
  /^\.\/libs\/config\/(src|dist)\/sealed-failure-converter\.[jt]s$/,
  /^\?[0-9a-f]+$/, // webpack's empty stand-ins for the converters the SDK leaves out (__temporal_custom_payload_converter)
];

/**
 * The traced bundle adds our trace-context interceptors only (they live in libs/workflows): no OpenTelemetry SDK, whose
 * per-workflow tracer provider and context manager made the worker slower with every cached workflow.
 */
const ALLOWED_WITH_TRACING = ALLOWED;
const silent = { log() {}, trace() {}, debug() {}, info() {}, warn() {}, error() {} };
const modulesOf = (code: string) => [...code.matchAll(/\n\/\*\*\*\/ "([^"]+)"\n/g)].map((m) => m[1]);

describe('workflow bundle', () => {
  let code: string;
  beforeAll(async () => {
    ({ code } = await bundleWorkflowCode({ workflowsPath: WORKFLOWS_PATH, failureConverterPath: SEALED_FAILURE_CONVERTER_PATH, logger: silent }));
  }, 120_000);

  it('holds only the workflow runtime, our workflows and the lifecycle rules', () => {
    const modules = modulesOf(code);
    expect(modules.length).toBeGreaterThan(10);
    expect(modules.filter((m) => !ALLOWED.some((pattern) => pattern.test(m)))).toEqual([]);
  });

  it('is under 1 MB of code (source map aside)', () => {
    const withoutSourceMap = code.split('//# sourceMappingURL=')[0];
    expect(withoutSourceMap.length).toBeLessThan(1024 * 1024);
  });
});

// The traced bundle is what a worker with OTEL_EXPORTER_OTLP_ENDPOINT loads (apps/worker/src/bundle-workflows.ts).
describe('traced workflow bundle', () => {
  let code: string;
  beforeAll(async () => {
    ({ code } = await bundleWorkflowCode({
      workflowsPath: WORKFLOWS_PATH, workflowInterceptorModules: [TRACING_WORKFLOW_INTERCEPTORS_PATH], failureConverterPath: SEALED_FAILURE_CONVERTER_PATH, logger: silent,
    }));
  }, 120_000);

  it('adds only the trace-context interceptors, no OpenTelemetry SDK', () => {
    const modules = modulesOf(code);
    expect(modules.some((m) => /libs\/workflows\/(src|dist)\/trace-context\.[jt]s$/.test(m))).toBe(true);
    expect(modules.filter((m) => m.includes('opentelemetry'))).toEqual([]);
    expect(modules.filter((m) => !ALLOWED_WITH_TRACING.some((pattern) => pattern.test(m)))).toEqual([]);
  });

  it('is under 1 MB of code (source map aside)', () => {
    expect(code.split('//# sourceMappingURL=')[0].length).toBeLessThan(1024 * 1024);
  });
});
