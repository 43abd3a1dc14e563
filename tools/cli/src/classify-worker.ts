// One worker thread of a parallel classify run (classify-parallel.ts): reads batches of input lines with the same
// lineReader as the command's own thread and sends back their output text and error records, in batch order.
import { parentPort, workerData } from 'node:worker_threads';
import { classifyWithRules } from '@leadops/domain';
import { lineReader, type LineOutcome } from './classify-stream';
import { profileDirectory } from './profiles';

export interface WorkerBatch {
  seq: number;
  /** The input line number of lines[0]; blank lines are sent too, so numbers stay the file's. */
  first: number;
  lines: string[];
}

export interface WorkerResult {
  seq: number;
  text: string;
  classified: number;
  errors: NonNullable<LineOutcome['error']>[];
}

if (parentPort) {
  const port = parentPort;
  const read = lineReader(profileDirectory((workerData as { profiles: string }).profiles), classifyWithRules);
  port.on('message', ({ seq, first, lines }: WorkerBatch) => {
    let text = '';
    let classified = 0;
    const errors: WorkerResult['errors'] = [];
    for (let i = 0; i < lines.length; i++) {
      if (!lines[i].trim()) continue;
      // The rules answer synchronously (lineReader returns a promise only for an asynchronous classifier).
      const outcome = read(lines[i], first + i) as LineOutcome;
      text += outcome.text;
      if (outcome.error) errors.push(outcome.error);
      else classified++;
    }
    port.postMessage({ seq, text, classified, errors } satisfies WorkerResult);
  });
}
