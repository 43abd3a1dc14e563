// Classifies a JSONL stream line by line in constant memory: one {"id","profile","lead"} in, one result
// (or one error line) out, in input order, waiting for the output to drain when it is full.
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { validateLeadInput, type ClassificationResult, type FieldError } from '@leadops/domain';
import type { ClassifyFn } from './classifiers';
import type { ProfileLookup } from './profiles';

export interface ClassifyStreamOptions {
  input: Readable;
  output: Writable;
  profile: (name: unknown) => ProfileLookup;
  classify: ClassifyFn;
  /** How many classifications may be in flight (useful for the LLM; the rules answer at once). */
  concurrency?: number;
  /** Called every `progressEvery` lines. */
  onProgress?: (stats: ClassifyStats) => void;
  progressEvery?: number;
  /** Called for each bad line, e.g. to echo it on stderr. */
  onError?: (record: ErrorRecord) => void;
  /** Called for each classified line with its id (or undefined) and line number, e.g. to compare with the rules. */
  onClassified?: (id: unknown, line: number, result: ClassificationResult) => void;
}

export interface ClassifyStats {
  lines: number;
  classified: number;
  errors: number;
}

export interface ErrorRecord {
  id?: unknown;
  line: number;
  error: FieldError;
  errors?: FieldError[];
}

type Pending = string | Promise<string>;

const BATCH_CHARS = 64 * 1024;

function errorLine(record: ErrorRecord): string {
  return `${JSON.stringify(record)}\n`;
}

/** What one input line becomes: the output line, and whether it was a result or an error. */
export interface LineOutcome {
  text: string;
  error?: ErrorRecord;
  result?: ClassificationResult;
  id?: unknown;
}

/**
 * Reads one input line: JSON, {"id","profile","lead"}, the lead checked, then classified. The same reading runs in
 * the command's own thread and in each worker thread of a parallel run (classify-parallel.ts).
 */
export function lineReader(profile: (name: unknown) => ProfileLookup, classify: ClassifyFn): (text: string, line: number) => LineOutcome | Promise<LineOutcome> {
  const fail = (error: ErrorRecord): LineOutcome => ({ text: errorLine(error), error });
  const success = (id: unknown, result: ClassificationResult): LineOutcome => {
    const json = JSON.stringify(result);
    // "id" first, without copying the result into a new object.
    return { text: id === undefined ? `${json}\n` : `{"id":${JSON.stringify(id)},${json.slice(1)}\n`, result, id };
  };
  return (text, line) => {
    let item: unknown;
    try {
      item = JSON.parse(text);
    } catch (error) {
      return fail({ line, error: { field: 'json', message: `not valid JSON: ${(error as Error).message}` } });
    }
    if (typeof item !== 'object' || item === null || Array.isArray(item)) return fail({ line, error: { field: 'json', message: 'must be an object {"id","profile","lead"}' } });
    const { id, profile: name, lead: raw } = item as Record<string, unknown>;
    const withId = (record: Omit<ErrorRecord, 'id'>): ErrorRecord => (id === undefined ? record : { id, ...record });
    const seller = profile(name);
    if (!seller.ok) return fail(withId({ line, error: seller.error }));
    if (raw === undefined) return fail(withId({ line, error: { field: 'lead', message: 'is required' } }));
    const checked = validateLeadInput(raw);
    if (!checked.ok) {
      const errors = checked.errors.map((e) => ({ field: `lead.${e.field}`, message: e.message }));
      return fail(withId(errors.length > 1 ? { line, error: errors[0], errors } : { line, error: errors[0] }));
    }
    try {
      const result = classify(checked.lead, seller.profile);
      if (!(result instanceof Promise)) return success(id, result);
      return result.then(
        (r) => success(id, r),
        (error: Error) => fail(withId({ line, error: { field: 'classifier', message: error.message } })),
      );
    } catch (error) {
      return fail(withId({ line, error: { field: 'classifier', message: (error as Error).message } }));
    }
  };
}

export async function classifyStream(options: ClassifyStreamOptions): Promise<ClassifyStats> {
  const { input, output, profile, classify, onProgress, onError, onClassified } = options;
  const concurrency = Math.max(1, options.concurrency ?? 1);
  const progressEvery = options.progressEvery ?? 10_000;
  const stats: ClassifyStats = { lines: 0, classified: 0, errors: 0 };
  const window: Pending[] = [];
  const read = lineReader(profile, classify);

  // Counted (and reported) in input order, as each line's outcome is written.
  const account = (outcome: LineOutcome, line: number): string => {
    if (outcome.error) {
      stats.errors++;
      onError?.(outcome.error);
    } else {
      stats.classified++;
      if (outcome.result) onClassified?.(outcome.id, line, outcome.result);
    }
    return outcome.text;
  };
  const handle = (text: string, line: number): Pending => {
    const outcome = read(text, line);
    return outcome instanceof Promise ? outcome.then((o) => account(o, line)) : account(outcome, line);
  };

  // Lines leave in batches: one write per ~64 KB instead of one per line keeps the stream (and the disk) busy.
  let batch = '';
  const flush = async () => {
    if (!batch) return;
    const text = batch;
    batch = '';
    if (!output.write(text)) await once(output, 'drain');
  };
  const write = async (pending: Pending) => {
    batch += typeof pending === 'string' ? pending : await pending;
    if (batch.length >= BATCH_CHARS) await flush();
  };

  const lines = createInterface({ input, crlfDelay: Infinity });
  for await (const text of lines) {
    stats.lines++;
    if (text.trim()) window.push(handle(text, stats.lines));
    // Results leave in input order: write what is ready, and wait once the window is full.
    while (window.length && (typeof window[0] === 'string' || window.length >= concurrency)) {
      // Before waiting on a slow classification, send what is ready.
      if (typeof window[0] !== 'string') await flush();
      await write(window.shift() as Pending);
    }
    if (onProgress && stats.lines % progressEvery === 0) onProgress(stats);
  }
  while (window.length) await write(window.shift() as Pending);
  await flush();
  return stats;
}
