import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { parse } from 'csv-parse';
import type { Readable } from 'node:stream';
import { notifyRecipientRefusal, validateLeadInput } from '@leadops/domain';
import { errorForLog, type LeadOpsConfig } from '@leadops/config';
import { DEFAULT_PROFILE_ID, LeadImportStore, UserStore, type ImportedLead } from '@leadops/persistence';
import type { AuthUser } from '../auth/auth.types';
import { CONFIG } from '../core/core.module';
import { LeadOpsError } from '../core/errors';
import { WorkflowStartOutbox } from '../temporal/workflow-start-outbox';
import { unsafeTextReason } from '../input-checks/unsafe-text';
import { parseMapping, planColumns, recordToRawLead, rowIdempotencyKey, sniffDelimiter, type ColumnPlan } from './lead-csv';

const BATCH_SIZE = 500;
const MAX_ROWS = 200_000;
const MAX_BYTES = 200 * 1024 * 1024;
const MAX_REPORTED = 1000;
const MAX_FIELD_CHARS = 20_000;
const WORKFLOW_STARTS_IN_FLIGHT = 8;

export interface ImportProblem {
  row: number;
  field: string | null;
  reason: string;
}

export interface ImportReport {
  imported: number;
  duplicates: number;
  failed: number;
  /** False when the file could not be read to the end (the reason is the last entry of rows). */
  complete: boolean;
  ignoredColumns: string[];
  rows: ImportProblem[];
  /** More problems than listed (at most 1000 are). */
  truncated: boolean;
}

/**
 * Starts new leads' workflows in the background, a few at a time, so a big import does not wait for the outbox relay.
 * On the first start left to the relay (Temporal down) it drops the rest: their outbox rows are there and the relay
 * retries them.
 */
class WorkflowKickoff {
  private readonly queue: string[] = [];
  private running = 0;

  constructor(private readonly workflows: WorkflowStartOutbox) {}

  add(ids: string[]) {
    this.queue.push(...ids);
    while (this.running < WORKFLOW_STARTS_IN_FLIGHT && this.queue.length) void this.next();
  }

  stop() {
    this.queue.length = 0;
  }

  private async next() {
    this.running++;
    try {
      for (let id = this.queue.shift(); id; id = this.queue.shift()) {
        if (!(await this.workflows.startFromOutbox(id))) return this.stop();
      }
    } finally {
      this.running--;
    }
  }
}

/** Reads the body up to the header line's end, so the separator can be sniffed before parsing starts. */
async function* withHeaderFirst(body: AsyncIterable<Buffer | string>, onHeader: (firstChunk: Buffer) => void, onEnd: () => void): AsyncGenerator<Buffer> {
  let head = Buffer.alloc(0);
  let bytes = 0;
  let headerSeen = false;
  for await (const piece of body) {
    const chunk = typeof piece === 'string' ? Buffer.from(piece) : piece;
    bytes += chunk.length;
    if (bytes > MAX_BYTES) throw new LeadOpsError('BAD_USER_INPUT', `file: at most ${MAX_BYTES / 1024 / 1024} MB per import; split the file`, 'file');
    if (headerSeen) {
      yield chunk;
      continue;
    }
    head = Buffer.concat([head, chunk]);
    if (head.includes(0x0a) || head.includes(0x0d) || head.length > 64 * 1024) {
      headerSeen = true;
      onHeader(head);
      yield head;
    }
  }
  onEnd();
  if (!headerSeen) {
    onHeader(head);
    if (head.length) yield head;
  }
}

// Counted here rather than with csv-parse's `info.lines`: csv-parse 6.2 counts a CRLF inside a quoted field as two lines
// (checked: '"x\r\ny";3' ends on "line 5" after two one-line records), so every multi-line cell of an Excel export
// would push the reported rows of the records after it one further off.
const lineBreaks = (text: string) => (text.match(/\r\n|\n|\r/g) ?? []).length;

@Injectable()
export class ImportsService implements OnApplicationShutdown {
  private readonly kickoff: WorkflowKickoff;

  constructor(
    private readonly store: LeadImportStore,
    private readonly people: UserStore,
    workflows: WorkflowStartOutbox,
    @Inject(CONFIG) private readonly config: LeadOpsConfig,
  ) {
    this.kickoff = new WorkflowKickoff(workflows);
  }

  onApplicationShutdown() {
    this.kickoff.stop();
  }

  /**
   * Streams a CSV of leads: each record is validated, valid ones are stored in batches (lead + outbox row each),
   * re-imported rows are recognised by their content and skipped. Memory stays flat whatever the file size.
   */
  async importLeads(
    user: AuthUser,
    body: Readable,
    opts: { mapping?: string; encoding: BufferEncoding; onUnreadBody?: () => void },
  ): Promise<ImportReport> {
    let mapping;
    try {
      mapping = parseMapping(opts.mapping);
    } catch (error) {
      throw new LeadOpsError('BAD_USER_INPUT', `mapping: ${(error as Error).message}`, 'mapping');
    }
    const report: ImportReport = { imported: 0, duplicates: 0, failed: 0, complete: true, ignoredColumns: [], rows: [], truncated: false };
    const problem = (p: ImportProblem) => {
      if (report.rows.length < MAX_REPORTED) report.rows.push(p);
      else report.truncated = true;
    };

    let delimiter = ',';
    let bodyRead = false;
    const source = withHeaderFirst(
      body,
      (head) => {
        const text = head.toString(opts.encoding).replace(/^\ufeff/, '');
        delimiter = sniffDelimiter(text.split(/\r\n|\n|\r/).find((l) => l.trim()) ?? '');
      },
      () => (bodyRead = true),
    );
    // The first chunk has to be read before the parser exists: the separator comes from it.
    const first = await source.next().catch((error) => {
      opts.onUnreadBody?.();
      throw error;
    });
    if (first.done || (bodyRead && first.value.toString(opts.encoding).replace(/^\ufeff/, '').trim() === '')) {
      throw new LeadOpsError('BAD_USER_INPUT', 'file: empty; send a header line and one lead per line', 'file');
    }
    const parser = parse({
      bom: true, delimiter, encoding: opts.encoding, relax_column_count: true, relax_quotes: true,
      record_delimiter: ['\r\n', '\n', '\r'], max_record_size: MAX_FIELD_CHARS * 4,
    });
    // Writes the body into the parser at the parser's pace; stops when the parser is done or destroyed (a bad file, a row cap).
    const waitForParser = () =>
      new Promise<void>((resolve) => {
        const done = () => {
          parser.off('drain', done);
          parser.off('close', done);
          resolve();
        };
        parser.on('drain', done);
        parser.on('close', done);
      });
    const feed = (async () => {
      try {
        if (!parser.write(first.value)) await waitForParser();
        for await (const chunk of { [Symbol.asyncIterator]: () => source }) {
          if (parser.destroyed) break;
          if (!parser.write(chunk)) await waitForParser();
        }
        if (!parser.destroyed) parser.end();
      } catch (error) {
        parser.destroy(error as Error);
      }
    })();

    let plan: ColumnPlan | null = null;
    let line = 1; // where the next record starts in the file
    let batch: Array<ImportedLead & { row: number }> = [];
    const flush = async () => {
      if (!batch.length) return;
      const unique = new Map<string, ImportedLead & { row: number }>();
      for (const r of batch) {
        if (unique.has(r.idempotencyKey)) report.duplicates++;
        else unique.set(r.idempotencyKey, r);
      }
      const { createdKeys, createdIds } = await this.store.insertBatch([...unique.values()], DEFAULT_PROFILE_ID, user.id);
      report.imported += createdKeys.size;
      report.duplicates += unique.size - createdKeys.size;
      batch = [];
      this.kickoff.add(createdIds);
    };

    let records = 0;
    try {
      for await (const record of parser as AsyncIterable<string[]>) {
        const row = line;
        line += 1 + record.reduce((n, field) => n + lineBreaks(field), 0);
        if (record.every((f) => f.trim() === '')) continue; // blank line
        if (!plan) {
          const planned = planColumns(record, mapping);
          if ('error' in planned) throw new LeadOpsError('BAD_USER_INPUT', `header: ${planned.error}`, 'header');
          plan = planned;
          report.ignoredColumns = planned.ignored;
          continue;
        }
        if (++records > MAX_ROWS) {
          report.complete = false;
          problem({ row, field: null, reason: `stopped: at most ${MAX_ROWS} rows per file; split it and import the rest` });
          break;
        }
        const bad = record.findIndex((f) => f.length > MAX_FIELD_CHARS || unsafeTextReason(f) !== null);
        if (bad >= 0) {
          report.failed++;
          problem({ row, field: plan.columns[bad] ?? `column ${bad + 1}`, reason: unsafeTextReason(record[bad]!) ?? `at most ${MAX_FIELD_CHARS} characters` });
          continue;
        }
        const validated = validateLeadInput({ ...recordToRawLead(record, plan), source: 'import' });
        if (!validated.ok) {
          report.failed++;
          for (const e of validated.errors) problem({ row, field: e.field, reason: e.message });
          continue;
        }
        const lead = { ...validated.lead, source: 'import' as const };
        const notifyRefusal = lead.notifyEmail
          ? notifyRecipientRefusal(lead.notifyEmail, { domains: this.config.notify.allowedDomains, isUser: await this.people.isActiveUserEmail(lead.notifyEmail) })
          : null;
        if (notifyRefusal) {
          report.failed++;
          problem({ row, field: 'notifyEmail', reason: notifyRefusal });
          continue;
        }
        batch.push({ lead, idempotencyKey: rowIdempotencyKey(lead), row });
        if (batch.length >= BATCH_SIZE) await flush();
      }
      await flush();
    } catch (error) {
      const csvError = (error as { code?: unknown })?.code?.toString().startsWith('CSV_') ? (error as Error) : null;
      const reason = error instanceof LeadOpsError ? error.message : csvError ? `CSV syntax: ${csvError.message}` : 'the file could not be read to the end';
      if (!csvError && !(error instanceof LeadOpsError)) console.error(`[api] import stopped: ${errorForLog(error)}`);
      // Nothing can be imported without a header: then the whole upload is a bad request.
      if (!plan) throw error instanceof LeadOpsError ? error : new LeadOpsError('BAD_USER_INPUT', `file: ${reason}`, 'file');
      // A file broken part-way through: the rows before the break are in; the report says where it stopped.
      await flush().catch(() => undefined);
      report.complete = false;
      problem({ row: line, field: null, reason });
    } finally {
      parser.destroy();
      await feed.catch(() => undefined);
      // Stopped before the end of the upload (bad header, row cap, broken file): the rest of the body is discarded.
      if (!bodyRead) opts.onUnreadBody?.();
    }
    if (!plan) throw new LeadOpsError('BAD_USER_INPUT', 'file: empty, no header line; send a header line and one lead per line', 'file');
    return report;
  }
}
