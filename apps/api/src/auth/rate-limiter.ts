import type { DataSource } from 'typeorm';

/**
 * A window per key that opens at the first call and counts calls for its length, kept in PostgreSQL so every API
 * process behind a load balancer shares it: password guessing or a webhook flood spread over replicas is cut off at
 * the same total.
 */
export class RateLimiter {
  private takes = 0;

  constructor(
    private readonly db: DataSource,
    /** Names the limit, so different limits never share a counter. */
    private readonly name: string,
    private readonly limit: number,
    private readonly windowSeconds: number,
  ) {}

  /** True when the call may go ahead; counts it either way. */
  async take(key: string): Promise<boolean> {
    const [{ hits }] = await this.db.query(
      `INSERT INTO rate_limit_windows AS w (bucket, window_start, hits) VALUES ($1, now(), 1)
       ON CONFLICT (bucket) DO UPDATE SET
         window_start = CASE WHEN w.window_start <= now() - make_interval(secs => $2) THEN now() ELSE w.window_start END,
         hits = CASE WHEN w.window_start <= now() - make_interval(secs => $2) THEN 1 ELSE w.hits + 1 END
       RETURNING hits`,
      [`${this.name}|${key.slice(0, 300)}`, this.windowSeconds],
    );
    // Old windows are garbage: one call in 500 sweeps them, so the table stays as small as the traffic of an hour.
    if (++this.takes % 500 === 0) await this.db.query(`DELETE FROM rate_limit_windows WHERE window_start < now() - interval '1 hour'`);
    return hits <= this.limit;
  }
}
