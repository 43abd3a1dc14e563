// Replays saved histories of every workflow path against the current code: a non-deterministic change fails here.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { historyFromJSON } from '@temporalio/common/lib/proto-utils';
import { Worker } from '@temporalio/worker';
import { WORKFLOWS_PATH } from './index';

const dir = join(__dirname, '__histories__');
const histories = readdirSync(dir).filter((f) => f.endsWith('.json'));

describe('workflow replay', () => {
  it('has saved histories for every path', () => {
    expect(histories.map((f) => f.replace('.json', '')).sort()).toEqual(
      ['breach-escalation-reassign-lost', 'contacted-then-converted', 'disqualified', 'duplicate-merged', 'nurture-meeting-booked-sql'].sort(),
    );
  });

  it.each(histories)('replays %s deterministically', async (file) => {
    const history = historyFromJSON(JSON.parse(readFileSync(join(dir, file), 'utf8')));
    await Worker.runReplayHistory({ workflowsPath: WORKFLOWS_PATH }, history, file.replace('.json', ''));
  }, 60_000);
});
