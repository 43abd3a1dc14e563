import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * Whether a scrape may read /metrics (API and worker alike): anyone when no METRICS_TOKEN is set (a developer machine),
 * else only a request with `Authorization: Bearer <METRICS_TOKEN>`, compared in constant time.
 */
export function metricsRequestAllowed(authorization: string | string[] | undefined, token: string | null): boolean {
  if (token === null) return true;
  const header = Array.isArray(authorization) ? authorization[0] : authorization;
  if (!header?.startsWith('Bearer ')) return false;
  // Hashes first: timingSafeEqual needs equal lengths, and the length of the token must not leak either.
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(header.slice(7).trim()), digest(token));
}
