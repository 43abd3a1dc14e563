// What the replica/fault suite puts around the real processes: a TCP proxy it can stall, an outgoing-webhook receiver,
// and LeadOps processes (API, worker) run as child processes it can SIGKILL.
import { spawn, type ChildProcess } from 'node:child_process';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { createServer as createHttpServer, type Server as HttpServer } from 'node:http';
import { createServer, connect, type AddressInfo, type Server, type Socket } from 'node:net';
import { join } from 'node:path';

export const REPO_ROOT = join(__dirname, '..', '..', '..');

/**
 * A TCP proxy in front of a server. While stalled it accepts bytes from both sides but forwards none, so calls made
 * through it wait (as behind a frozen network path) instead of failing; resume() lets everything held through.
 */
export interface StallableProxy {
  port: number;
  stall(): void;
  resume(): void;
  /** Drops every connection and the bytes held for them. */
  dropConnections(): void;
  close(): Promise<void>;
}

export async function startStallableProxy(targetHost: string, targetPort: number): Promise<StallableProxy> {
  let stalled = false;
  const pairs = new Set<{ client: Socket; upstream: Socket; held: Array<[Socket, Buffer]> }>();
  const server: Server = createServer((client) => {
    const upstream = connect(targetPort, targetHost);
    const pair = { client, upstream, held: [] as Array<[Socket, Buffer]> };
    pairs.add(pair);
    const forward = (to: Socket) => (chunk: Buffer) => {
      if (stalled) pair.held.push([to, chunk]);
      else to.write(chunk);
    };
    client.on('data', forward(upstream));
    upstream.on('data', forward(client));
    const end = () => {
      pairs.delete(pair);
      client.destroy();
      upstream.destroy();
    };
    client.on('close', end).on('error', end);
    upstream.on('close', end).on('error', end);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const dropConnections = () => {
    for (const pair of [...pairs]) {
      pair.held.length = 0;
      pair.client.destroy();
      pair.upstream.destroy();
    }
  };
  return {
    port: (server.address() as AddressInfo).port,
    stall() {
      stalled = true;
    },
    resume() {
      stalled = false;
      for (const pair of pairs) for (const [to, chunk] of pair.held.splice(0)) to.write(chunk);
    },
    dropConnections,
    close() {
      dropConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** One delivery the receiver got: which subscription (by path), the delivery id it carried and whether the signature held. */
export interface ReceivedDelivery {
  subscription: string;
  deliveryKey: string;
  event: string;
  leadId: string | null;
  signatureValid: boolean;
}

export interface WebhookReceiver {
  url(subscription: string): string;
  received: ReceivedDelivery[];
  close(): Promise<void>;
}

/** A subscriber's endpoint: answers 200 and keeps every delivery, checking the HMAC the way a subscriber must. */
export async function startWebhookReceiver(secret: string): Promise<WebhookReceiver> {
  const received: ReceivedDelivery[] = [];
  const server: HttpServer = createHttpServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks);
      const timestamp = String(req.headers['x-leadops-timestamp'] ?? '');
      const expected = Buffer.from(`sha256=${createHmac('sha256', secret).update(`${timestamp}.`).update(raw).digest('hex')}`);
      const given = Buffer.from(String(req.headers['x-leadops-signature'] ?? ''));
      let body: { event?: string; deliveryKey?: string; lead?: { id?: string } | null } = {};
      try {
        body = JSON.parse(raw.toString('utf8'));
      } catch {
        /* counted as a delivery without a key */
      }
      received.push({
        subscription: (req.url ?? '/').replace(/^\/hooks\//, ''),
        deliveryKey: String(req.headers['idempotency-key'] ?? body.deliveryKey ?? ''),
        event: body.event ?? '',
        leadId: body.lead?.id ?? null,
        signatureValid: given.length === expected.length && timingSafeEqual(given, expected),
      });
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: (subscription) => `http://127.0.0.1:${port}/hooks/${subscription}`,
    received,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

/** A LeadOps process (API or worker) started from its build, its output in a log file. */
export class LeadOpsProcess {
  private child: ChildProcess | null = null;
  private exited: Promise<void> = Promise.resolve();
  readonly logFile: string;

  constructor(
    readonly name: string,
    private readonly script: string,
    private readonly env: NodeJS.ProcessEnv,
    logDir: string,
  ) {
    this.logFile = join(logDir, `${name}.log`);
  }

  get running(): boolean {
    return this.child !== null;
  }

  start(): void {
    const log = openSync(this.logFile, 'a');
    const child = spawn(process.execPath, [join(REPO_ROOT, this.script)], { env: this.env, stdio: ['ignore', log, log] });
    closeSync(log);
    this.child = child;
    this.exited = new Promise((resolve) => child.once('exit', () => {
      if (this.child === child) this.child = null;
      resolve();
    }));
  }

  /** SIGKILL: no shutdown hook, no graceful drain, as when a machine or container dies. */
  async kill(): Promise<void> {
    this.child?.kill('SIGKILL');
    await this.exited;
  }

  /** SIGTERM and wait, for the end of the test. */
  async stop(): Promise<void> {
    if (!this.child) return;
    const child = this.child;
    const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.kill('SIGTERM');
    await this.exited;
    clearTimeout(killer);
  }

  tail(lines = 30): string {
    return tailOf(this.logFile, lines);
  }
}

/** The last lines of a log file, for a failing test's output. */
export function tailOf(file: string, lines = 30): string {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}
