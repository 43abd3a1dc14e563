import { DefaultLogger, makeTelemetryFilterString, Runtime } from '@temporalio/worker';

/**
 * Test runs keep Temporal's INFO chatter (bundles, worker states) out of the output; SDK warnings still show. The core's
 * own retry warnings are left out too: tests that stop a server on purpose would print hundreds of them.
 */
export function installQuietTemporalRuntime(): void {
  try {
    Runtime.install({
      logger: new DefaultLogger('WARN'),
      telemetryOptions: { logging: { filter: makeTelemetryFilterString({ core: 'ERROR', other: 'ERROR' }), console: {} } },
    });
  } catch {
    // already installed in this process
  }
}
