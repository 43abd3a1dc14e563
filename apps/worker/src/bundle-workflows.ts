// Bundles the workflow code once at build time, so a worker (re)starts in well under a second.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundleWorkflowCode } from '@temporalio/worker';
import { SEALED_FAILURE_CONVERTER_PATH } from '@leadops/config';
import { WORKFLOWS_PATH } from '@leadops/workflows';

export const WORKFLOW_BUNDLE_PATH = join(__dirname, 'workflow-bundle.js');

async function main() {
  const { code } = await bundleWorkflowCode({ workflowsPath: WORKFLOWS_PATH, failureConverterPath: SEALED_FAILURE_CONVERTER_PATH, logger: undefined as never });
  writeFileSync(WORKFLOW_BUNDLE_PATH, code);
  console.log(`[worker] workflow bundle written: ${WORKFLOW_BUNDLE_PATH} (${Math.round(code.length / 1024)} KiB)`);
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
