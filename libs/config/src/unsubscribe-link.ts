// One-click unsubscribe links (RFC 8058) that only LeadOps can make: the link names the lead and carries an HMAC of it
// under a key derived from JWT_SECRET, so nobody can unsubscribe another person by guessing ids.
import { createHmac, timingSafeEqual } from 'node:crypto';

const token = (secret: string, leadId: string) =>
  createHmac('sha256', createHmac('sha256', secret).update('leadops-unsubscribe-v1').digest()).update(leadId).digest('base64url');

export function unsubscribeUrl(apiPublicUrl: string, secret: string, leadId: string): string {
  return `${apiPublicUrl.replace(/\/$/, '')}/unsubscribe?l=${encodeURIComponent(leadId)}&t=${token(secret, leadId)}`;
}

export function unsubscribeTokenValid(secret: string, leadId: string, given: string): boolean {
  const expected = Buffer.from(token(secret, leadId));
  const actual = Buffer.from(given);
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}
