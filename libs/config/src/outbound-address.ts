// Where LeadOps may send a request on a user's say-so (outgoing webhooks): the public internet, never the machine it
// runs on, the cloud's metadata service or the private network behind it, unless operators name a private network.
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import type { LookupFunction } from 'node:net';
import ipaddr from 'ipaddr.js';
import { ConfigError } from './config-error';

/** A private network operators allow webhooks into (WEBHOOK_ALLOWED_PRIVATE_CIDRS). */
export type AllowedNetwork = [ipaddr.IPv4 | ipaddr.IPv6, number];

const RANGE_NAMES: Record<string, string> = {
  loopback: 'a loopback address', private: 'a private network address', linkLocal: 'a link-local address (cloud metadata lives there)',
  uniqueLocal: 'a private network address', carrierGradeNat: 'a carrier-grade NAT address', unspecified: 'the unspecified address',
  broadcast: 'a broadcast address', multicast: 'a multicast address', reserved: 'a reserved address', benchmarking: 'a reserved address',
  amt: 'a reserved address', as112: 'a reserved address', deprecated: 'a reserved address', orchid2: 'a reserved address',
  droneRemoteIdProtocolEntityTags: 'a reserved address', teredo: 'a tunnel address', '6to4': 'a tunnel address', rfc6145: 'a tunnel address',
  rfc6052: 'a tunnel address', discard: 'a reserved address',
};

/** WEBHOOK_ALLOWED_PRIVATE_CIDRS: "10.20.0.0/16,fd00:1::/64" (empty: none). */
export function parseAllowedNetworks(raw: string | undefined, name = 'WEBHOOK_ALLOWED_PRIVATE_CIDRS'): AllowedNetwork[] {
  return (raw ?? '').split(',').map((s) => s.trim()).filter(Boolean).map((cidr) => {
    try {
      return ipaddr.parseCIDR(cidr) as AllowedNetwork;
    } catch {
      throw new ConfigError(name, `each entry must be a network in CIDR form (10.20.0.0/16), got "${cidr}"`);
    }
  });
}

/** Why a request may not go to this IP address, or null when it may (a public unicast address, or an allowed network). */
export function refusedAddressReason(address: string, allowed: readonly AllowedNetwork[]): string | null {
  if (!ipaddr.isValid(address)) return `"${address}" is not an IP address`;
  const ip = ipaddr.process(address); // ::ffff:127.0.0.1 is 127.0.0.1
  const range = ip.range();
  if (range === 'unicast') return null;
  if (allowed.some(([net, bits]) => net.kind() === ip.kind() && ip.match(net, bits))) return null;
  return `${ip.toString()} is ${RANGE_NAMES[range] ?? 'not a public address'}`;
}

/** A webhook target refused before or while connecting. */
export class RefusedDestinationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RefusedDestinationError';
  }
}

/**
 * A DNS lookup for http.request that refuses any answer outside the public internet. The check runs on the very
 * addresses the socket then connects to, so a name that resolves to a public address when the subscription is saved
 * and to 127.0.0.1 when the lead arrives (DNS rebinding) is refused too.
 */
export function guardedLookup(allowed: readonly AllowedNetwork[], resolve: typeof dnsLookup = dnsLookup): LookupFunction {
  return (hostname, options, callback) => {
    resolve(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, '', 0);
      const list = addresses as unknown as LookupAddress[];
      const refused = list.map((a) => refusedAddressReason(a.address, allowed)).find((r) => r !== null);
      if (refused || list.length === 0) return callback(new RefusedDestinationError(`refused: ${hostname} resolves to ${refused ?? 'nothing'}`), '', 0);
      if ((options as { all?: boolean }).all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, list);
      callback(null, list[0]!.address, list[0]!.family);
    });
  };
}
