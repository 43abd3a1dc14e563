// Bundles the workflow code once at build time, so a worker (re)starts in well under a second. Two bundles: the
// traced one adds OpenTelemetry's workflow interceptors, and only a worker with an OTLP endpoint loads it, because every
// cached workflow holds its own copy of the bundle's modules.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundleWorkflowCode } from '@temporalio/worker';
import { SEALED_FAILURE_CONVERTER_PATH } from '@leadops/config';
import { TRACING_WORKFLOW_INTERCEPTORS_PATH, WORKFLOWS_PATH } from '@leadops/workflows';

export const WORKFLOW_BUNDLE_PATH = join(__dirname, 'workflow-bundle.js');
export const TRACED_WORKFLOW_BUNDLE_PATH = join(__dirname, 'workflow-bundle-traced.js');

async function main() {
  for (const [path, workflowInterceptorModules] of [[WORKFLOW_BUNDLE_PATH, []], [TRACED_WORKFLOW_BUNDLE_PATH, [TRACING_WORKFLOW_INTERCEPTORS_PATH]]] as const) {
    const { code } = await bundleWorkflowCode({
      workflowsPath: WORKFLOWS_PATH, workflowInterceptorModules: [...workflowInterceptorModules], failureConverterPath: SEALED_FAILURE_CONVERTER_PATH, logger: undefined as never,
    });
    writeFileSync(path, code);
    console.log(`[worker] workflow bundle written: ${path} (${Math.round(code.length / 1024)} KiB)`);
  }
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
