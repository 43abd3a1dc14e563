// The rules classifier over a JSONL stream on several cores: this thread reads lines and writes results in input
// order; worker threads (classify-worker.ts) parse, check and classify batches of lines. The output is byte for byte
// what the single-threaded classifyStream writes. Memory stays bounded: at most two batches per worker are in flight.
import { once } from 'node:events';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { Worker } from 'node:worker_threads';
import type { ClassifyStats, ErrorRecord } from './classify-stream';
import type { WorkerBatch, WorkerResult } from './classify-worker';

export interface ParallelOptions {
  input: Readable;
  output: Writable;
  /** The directory of seller profiles each worker reads (profileDirectory). */
  profiles: string;
  threads: number;
  onProgress?: (stats: ClassifyStats) => void;
  progressEvery?: number;
  onError?: (record: ErrorRecord) => void;
  /** The worker script; the compiled classify-worker.js beside this file unless a test says otherwise. */
  workerScript?: string;
}

// Lines per message: enough that posting a batch costs little beside classifying it (~40 µs a lead), few enough
// that the reorder window stays small.
const BATCH_LINES = 256;
const IN_FLIGHT_PER_WORKER = 2;

export async function classifyStreamParallel(options: ParallelOptions): Promise<ClassifyStats> {
  const { input, output, onProgress, onError } = options;
  const progressEvery = options.progressEvery ?? 10_000;
  const stats: ClassifyStats = { lines: 0, classified: 0, errors: 0 };
  const script = options.workerScript ?? join(__dirname, 'classify-worker.js');
  const workers = Array.from({ length: Math.max(1, options.threads) }, () => new Worker(script, { workerData: { profiles: options.profiles } }));

  const done = new Map<number, WorkerResult>();
  let failure: Error | null = null;
  let wake: (() => void) | null = null;
  const notify = () => {
    const w = wake;
    wake = null;
    w?.();
  };
  for (const worker of workers) {
    worker.on('message', (result: WorkerResult) => {
      done.set(result.seq, result);
      notify();
    });
    worker.on('error', (error) => {
      failure = error;
      notify();
    });
    worker.on('exit', (code) => {
      if (code !== 0 && !failure) failure = new Error(`a classify worker stopped (exit code ${code})`);
      notify();
    });
  }

  let sent = 0;
  let written = 0;
  const writeReady = async () => {
    for (let result = done.get(written); result; result = done.get(written)) {
      done.delete(written++);
      stats.classified += result.classified;
      stats.errors += result.errors.length;
      if (onError) for (const error of result.errors) onError(error);
      if (result.text && !output.write(result.text)) await once(output, 'drain');
    }
  };
  const waitForOne = async () => {
    if (failure) throw failure;
    if (!done.has(written)) await new Promise<void>((resolve) => (wake = resolve));
    if (failure) throw failure;
    await writeReady();
  };
  const send = async (first: number, lines: string[]) => {
    while (sent - written >= workers.length * IN_FLIGHT_PER_WORKER) await waitForOne();
    const batch: WorkerBatch = { seq: sent, first, lines };
    workers[sent % workers.length].postMessage(batch);
    sent++;
  };

  try {
    let lines: string[] = [];
    let first = 1;
    for await (const text of createInterface({ input, crlfDelay: Infinity })) {
      stats.lines++;
      lines.push(text);
      if (lines.length === BATCH_LINES) {
        await send(first, lines);
        first = stats.lines + 1;
        lines = [];
      }
      // Progress counts lines read; the results behind them are at most a few batches away.
      if (onProgress && stats.lines % progressEvery === 0) onProgress(stats);
    }
    if (lines.length) await send(first, lines);
    while (written < sent) await waitForOne();
    return stats;
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}
