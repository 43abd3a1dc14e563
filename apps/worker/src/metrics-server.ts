import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Registry } from 'prom-client';
import { metricsRequestAllowed } from '@leadops/config';

/**
 * GET /metrics on its own port (WORKER_METRICS_PORT), for Prometheus to scrape; nothing else is served. With a token
 * (METRICS_TOKEN, required in production) only a scrape bearing it gets an answer. `more` adds other exposition text to
 * the answer (the Temporal SDK's own metrics, which its Core serves on a loopback port).
 */
export async function startMetricsServer(
  registry: Registry, port: number, token: string | null, host = '0.0.0.0', more?: () => Promise<string>,
): Promise<{ server: Server; port: number }> {
  const server = createServer((req, res) => {
    if (req.method !== 'GET' || (req.url ?? '').split('?')[0] !== '/metrics') {
      res.writeHead(404).end();
      return;
    }
    if (!metricsRequestAllowed(req.headers.authorization, token)) {
      res.writeHead(401, { 'www-authenticate': 'Bearer' }).end();
      return;
    }
    Promise.all([registry.metrics(), more ? more().catch(() => '') : '']).then(
      ([ours, theirs]) => `${ours}${theirs ? `\n${theirs}` : ''}`,
    ).then(
      (body) => res.writeHead(200, { 'content-type': registry.contentType }).end(body),
      () => res.writeHead(500).end(),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  return { server, port: (server.address() as AddressInfo).port };
}
