import { DefaultLogger, Runtime } from '@temporalio/worker';

/** Test runs keep Temporal's INFO chatter (bundles, worker states) out of the output; warnings still show. */
export function installQuietTemporalRuntime(): void {
  try {
    Runtime.install({ logger: new DefaultLogger('WARN') });
  } catch {
    // already installed in this process
  }
}
