import { inspect } from 'node:util';
import type { LogEntry } from '@temporalio/worker';
import { errorForLog, redactLeadData } from '@leadops/config';

/**
 * The worker's log lines (the SDK's included: an activity failure logs its error) without lead data: errors become
 * their class, code, redacted message and stack; strings are redacted; the rest (ids, task queues, attempts) stays.
 */
export function redactedLogFunction(entry: LogEntry, write: (line: string) => void = (l) => process.stderr.write(l)): void {
  const { level, timestampNanos, message, meta } = entry;
  const safe = meta === undefined ? undefined : Object.fromEntries(
    Object.entries(meta).map(([k, v]) => [k, v instanceof Error ? errorForLog(v) : typeof v === 'string' ? redactLeadData(v) : v]),
  );
  const at = new Date(Number(timestampNanos / 1_000_000n)).toISOString();
  write(`${at} [${level}] ${redactLeadData(message)}${safe ? ` ${inspect(safe, { depth: 4, breakLength: Infinity })}` : ''}\n`);
}
