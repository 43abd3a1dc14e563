import { createHmac, timingSafeEqual } from 'node:crypto';

// One signing scheme for webhooks both ways: what LeadOps checks on incoming leads is what it sends to subscribers.

export const SIGNATURE_HEADER = 'x-leadops-signature';
export const TIMESTAMP_HEADER = 'x-leadops-timestamp';

/** `sha256=<hex HMAC-SHA256 of "<timestamp>.<body>">`, the value of the x-leadops-signature header. */
export function signPayload(secret: string, timestamp: number | string, body: string | Buffer): string {
  const hmac = createHmac('sha256', secret);
  hmac.update(`${timestamp}.`);
  hmac.update(body);
  return `sha256=${hmac.digest('hex')}`;
}

/** True when the header is the payload's signature; compares in constant time so timing reveals nothing. */
export function verifySignature(secret: string, timestamp: string, body: string | Buffer, header: string | undefined | null): boolean {
  if (typeof header !== 'string' || !/^sha256=[0-9a-fA-F]{64}$/.test(header.trim())) return false;
  const expected = Buffer.from(signPayload(secret, timestamp, body).slice(7), 'hex');
  const given = Buffer.from(header.trim().slice(7).toLowerCase(), 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
