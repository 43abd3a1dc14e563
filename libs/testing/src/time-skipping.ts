// Temporal's time-skipping test server (the Java one from Maven Central, fetched and cached by
// tools/stack/temporal-test-server.sh), for tests of timers that run hours and days.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { TestWorkflowEnvironment } from '@temporalio/testing';

const ROOT = join(__dirname, '..', '..', '..');

/** The launcher of the test server, fetched into the cache if it is not there yet (seconds when cached). */
function testServerLauncher(): string {
  return execFileSync('bash', [join(ROOT, 'tools', 'stack', 'temporal-test-server.sh'), 'path'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).trim();
}

/** The SDK gives the server 5 s to answer; a machine busy with other tests may need a second try. */
export async function startTimeSkippingEnvironment(): Promise<TestWorkflowEnvironment> {
  const path = testServerLauncher();
  for (let attempt = 1; ; attempt++) {
    try {
      return await TestWorkflowEnvironment.createTimeSkipping({ server: { executable: { type: 'existing-path', path } } });
    } catch (error) {
      if (attempt >= 3) throw error;
    }
  }
}
