import type { DataSource } from 'typeorm';

/** Fixed windows of hits per bucket, in PostgreSQL so every API replica counts against the same total. */
export class RateLimitStore {
  constructor(private readonly db: DataSource) {}

  /** Counts one hit in the bucket's window (a window older than `windowSeconds` starts over) and answers its hits so far. */
  async hit(bucket: string, windowSeconds: number): Promise<number> {
    const [{ hits }] = await this.db.query(
      `INSERT INTO rate_limit_windows AS w (bucket, window_start, hits) VALUES ($1, now(), 1)
       ON CONFLICT (bucket) DO UPDATE SET
         window_start = CASE WHEN w.window_start <= now() - make_interval(secs => $2) THEN now() ELSE w.window_start END,
         hits = CASE WHEN w.window_start <= now() - make_interval(secs => $2) THEN 1 ELSE w.hits + 1 END
       RETURNING hits`,
      [bucket, windowSeconds],
    );
    return hits;
  }

  /** Drops windows that ended over an hour ago. */
  async sweep(): Promise<void> {
    await this.db.query(`DELETE FROM rate_limit_windows WHERE window_start < now() - interval '1 hour'`);
  }
}
