import type { DataSource } from 'typeorm';

/** A worker's view of the model circuit: off (no model configured), closed, half-open or open. */
export type ModelServiceState = 'off' | 'closed' | 'half-open' | 'open';

/** The model service as the worker processes report it. */
export class ModelServiceStatusStore {
  constructor(private readonly db: DataSource) {}

  /** Upserts this worker's state; changed_at moves only when the state did. */
  async report(workerId: string, state: ModelServiceState): Promise<void> {
    await this.db.query(
      `INSERT INTO model_service_status (worker_id, state, changed_at, reported_at) VALUES ($1, $2, now(), now())
       ON CONFLICT (worker_id) DO UPDATE SET
         changed_at = CASE WHEN model_service_status.state = EXCLUDED.state THEN model_service_status.changed_at ELSE now() END,
         state = EXCLUDED.state, reported_at = now()`,
      [workerId, state],
    );
  }

  async forget(workerId: string): Promise<void> {
    await this.db.query('DELETE FROM model_service_status WHERE worker_id = $1', [workerId]);
  }

  /** The states of the workers that reported within `freshMs`. */
  async recent(freshMs: number): Promise<Array<{ workerId: string; state: ModelServiceState; changedAt: Date }>> {
    return this.db.query(
      `SELECT worker_id AS "workerId", state, changed_at AS "changedAt" FROM model_service_status
        WHERE reported_at > now() - ($1::int * interval '1 millisecond') ORDER BY worker_id`,
      [freshMs],
    );
  }
}
