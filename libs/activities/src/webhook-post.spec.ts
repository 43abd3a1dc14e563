import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { guardedLookup, parseAllowedNetworks, RefusedDestinationError } from '@leadops/config';
import { postWebhook } from './webhook-post';

describe('webhook delivery target', () => {
  const servers: Server[] = [];
  const received: Record<string, number> = { target: 0, inside: 0 };
  let targetPort: number;
  let insidePort: number;
  const listen = async (name: string, handler: Parameters<typeof createServer>[1]) => {
    const server = createServer(handler);
    servers.push(server);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    return (server.address() as AddressInfo).port;
  };

  beforeAll(async () => {
    insidePort = await listen('inside', (_req, res) => {
      received['inside']!++;
      res.end('secrets');
    });
    targetPort = await listen('target', (req, res) => {
      received['target']!++;
      if (req.url === '/moved') res.writeHead(302, { location: `http://127.0.0.1:${insidePort}/admin` }).end();
      else res.writeHead(204).end();
    });
  });
  afterAll(() => servers.forEach((s) => s.close()));

  const loopback = parseAllowedNetworks('127.0.0.1/32');
  const allowLoopback = { timeoutMs: 2000, lookup: guardedLookup(loopback), allowedPrivateNetworks: loopback, httpsOnly: false };

  it('refuses a subscriber on this machine unless operators allowed its network', async () => {
    const before = received['target'];
    const refused = postWebhook(`http://127.0.0.1:${targetPort}/hook`, {}, '{}', { ...allowLoopback, lookup: guardedLookup([]), allowedPrivateNetworks: [] });
    await expect(refused).rejects.toThrow(RefusedDestinationError);
    await expect(refused).rejects.toThrow(/127\.0\.0\.1 is a loopback address/);
    expect(received['target']).toBe(before);
    await expect(postWebhook(`http://127.0.0.1:${targetPort}/hook`, {}, '{}', allowLoopback)).resolves.toBe(204);
    // By name, the address it resolves to is checked at connection time.
    const byName = postWebhook(`http://localhost:${targetPort}/hook`, {}, '{}', { ...allowLoopback, lookup: guardedLookup([]), allowedPrivateNetworks: [] });
    await expect(byName).rejects.toThrow(/refused: localhost resolves to .* loopback/);
  });

  it('does not follow a redirect (it could lead inside): a 3xx is the answer', async () => {
    await expect(postWebhook(`http://127.0.0.1:${targetPort}/moved`, {}, '{}', allowLoopback)).resolves.toBe(302);
    expect(received['inside']).toBe(0);
  });

  it('delivers to https:// only in production, and never to other schemes', async () => {
    await expect(postWebhook(`http://127.0.0.1:${targetPort}/hook`, {}, '{}', { ...allowLoopback, httpsOnly: true })).rejects.toThrow('refused: http:// targets are not allowed in production (https only)');
    await expect(postWebhook('file:///etc/passwd', {}, '{}', allowLoopback)).rejects.toThrow(RefusedDestinationError);
  });
});
