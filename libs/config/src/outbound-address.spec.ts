import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { lookup } from 'node:dns';
import { guardedLookup, parseAllowedNetworks, refusedAddressReason } from './outbound-address';

describe('outgoing request targets', () => {
  it.each([
    ['127.0.0.1', /loopback/],
    ['127.8.9.10', /loopback/],
    ['::1', /loopback/],
    ['::ffff:127.0.0.1', /127\.0\.0\.1 is a loopback/],
    ['10.1.2.3', /private network/],
    ['172.16.0.1', /private network/],
    ['192.168.0.10', /private network/],
    ['fd12:3456::1', /private network/],
    ['169.254.169.254', /link-local address \(cloud metadata/],
    ['fe80::1', /link-local/],
    ['100.64.0.1', /carrier-grade NAT/],
    ['0.0.0.0', /unspecified/],
    ['224.0.0.1', /multicast/],
    ['not-an-ip', /not an IP address/],
  ])('refuses %s', (address, reason) => {
    expect(refusedAddressReason(address, [])).toMatch(reason);
  });

  it.each(['8.8.8.8', '200.57.7.61', '2001:4860:4860::8888'])('allows the public address %s', (address) => {
    expect(refusedAddressReason(address, [])).toBeNull();
  });

  it('allows a private network that operators named, and nothing beside it', () => {
    const allowed = parseAllowedNetworks('10.20.0.0/16, fd00:1::/64');
    expect(refusedAddressReason('10.20.5.5', allowed)).toBeNull();
    expect(refusedAddressReason('fd00:1::7', allowed)).toBeNull();
    expect(refusedAddressReason('10.21.0.1', allowed)).toMatch(/private network/);
    expect(refusedAddressReason('127.0.0.1', allowed)).toMatch(/loopback/);
    expect(() => parseAllowedNetworks('10.0.0.0/33')).toThrow(/^WEBHOOK_ALLOWED_PRIVATE_CIDRS: each entry must be a network in CIDR form/);
  });

  describe('at connection time', () => {
    let server: Server;
    let port: number;
    let hits = 0;
    beforeAll(async () => {
      server = createServer((_req, res) => {
        hits++;
        res.end('ok');
      });
      await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
      port = (server.address() as AddressInfo).port;
    });
    afterAll(() => server.close());

    /** A DNS answer of our choosing: a public address when the subscription was saved, 127.0.0.1 when the lead arrives. */
    const rebinding: typeof lookup = ((_host: string, _options: unknown, callback: (e: null, a: Array<{ address: string; family: number }>) => void) =>
      callback(null, [{ address: '127.0.0.1', family: 4 }])) as never;

    const get = (host: string, lookupFn: ReturnType<typeof guardedLookup>) =>
      fetchVia(`http://${host}:${port}/`, lookupFn);

    it('refuses a name that resolves to an inside address (DNS rebinding), before any byte is sent', async () => {
      const before = hits;
      await expect(get('crm.example.net', guardedLookup([], rebinding))).rejects.toThrow('refused: crm.example.net resolves to 127.0.0.1 is a loopback address');
      expect(hits).toBe(before);
    });

    it('connects when the network is allowed', async () => {
      await expect(get('crm.example.net', guardedLookup(parseAllowedNetworks('127.0.0.1/32'), rebinding))).resolves.toBe(200);
    });
  });
});

async function fetchVia(url: string, lookupFn: ReturnType<typeof guardedLookup>): Promise<number> {
  const { request } = await import('node:http');
  return new Promise((resolve, reject) => {
    const req = request(url, { lookup: lookupFn, agent: false }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}
