// Replays saved histories of every workflow path against the current code: a non-deterministic change fails here.
// The histories in __histories__ were recorded with lead payloads sealed (the development key, TEMPORAL_PAYLOAD_KEYS
// unset); those in before-encryption/ were recorded before, and still replay: a cluster upgraded mid-flight has both.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { historyFromJSON } from '@temporalio/common/lib/proto-utils';
import { Worker } from '@temporalio/worker';
import { leadDataConverter, loadPayloadEncryption } from '@leadops/config';
import { WORKFLOWS_PATH } from './index';

const PATHS = ['breach-escalation-reassign-lost', 'contacted-then-converted', 'disqualified', 'duplicate-merged', 'nurture-meeting-booked-sql'];
/** Recorded after the people's actions became updates (and re-routes of a rep's leads, issue 15): sealed only. */
const UPDATE_PATHS = ['updates-reassign-reclassify-contact-close', 'rerouted-from-inactive-rep-lost'];
const sealed = join(__dirname, '__histories__');
const plain = join(sealed, 'before-encryption');
const list = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.json'));
const dataConverter = leadDataConverter(loadPayloadEncryption({}));

describe('workflow replay', () => {
  it('has saved histories for every path, sealed and (those older than encryption) from before it', () => {
    expect(list(sealed).map((f) => f.replace('.json', '')).sort()).toEqual([...PATHS, ...UPDATE_PATHS].sort());
    expect(list(plain).map((f) => f.replace('.json', '')).sort()).toEqual(PATHS);
  });

  it.each([...list(sealed).map((f) => join(sealed, f)), ...list(plain).map((f) => join(plain, f))])('replays %s deterministically', async (file) => {
    const history = historyFromJSON(JSON.parse(readFileSync(file, 'utf8')));
    await Worker.runReplayHistory({ workflowsPath: WORKFLOWS_PATH, dataConverter }, history, file);
  }, 60_000);
});
