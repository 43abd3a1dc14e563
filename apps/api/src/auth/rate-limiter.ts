import type { RateLimitStore } from '@leadops/persistence';

/**
 * A window per key that opens at the first call and counts calls for its length, kept in PostgreSQL so every API
 * process behind a load balancer shares it: password guessing or a webhook flood spread over replicas is cut off at
 * the same total.
 */
export class RateLimiter {
  private takes = 0;

  constructor(
    private readonly windows: RateLimitStore,
    /** Names the limit, so different limits never share a counter. */
    private readonly name: string,
    private readonly limit: number,
    private readonly windowSeconds: number,
  ) {}

  /** True when the call may go ahead; counts it either way. */
  async take(key: string): Promise<boolean> {
    const hits = await this.windows.hit(`${this.name}|${key.slice(0, 300)}`, this.windowSeconds);
    // Old windows are garbage: one call in 500 sweeps them, so the table stays as small as the traffic of an hour.
    if (++this.takes % 500 === 0) await this.windows.sweep();
    return hits <= this.limit;
  }
}
