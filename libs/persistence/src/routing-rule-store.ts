import type { RoutingConditions } from '@leadops/domain';
import type { DataSource, EntityManager } from 'typeorm';

/** A routing rule as stored (conditions as written by sales ops; missing lists mean "any"). */
export interface RoutingRuleRow {
  id: string;
  name: string;
  position: number;
  enabled: boolean;
  strategy: string;
  teamId: string | null;
  repIds: string[] | null;
  conditions: RoutingConditions | null;
  createdAt: Date;
  updatedAt: Date;
}

/** A rule checked against the live reps and teams, ready to store. */
export interface RoutingRuleFields {
  name: string;
  enabled: boolean;
  strategy: string;
  teamId: string | null;
  repIds: string[];
  conditions: RoutingConditions;
}

const COLUMNS = `id, name, position, enabled, strategy, team_id AS "teamId", rep_ids AS "repIds", conditions, created_at AS "createdAt", updated_at AS "updatedAt"`;

/** Sales ops' routing rules, in the order routing tries them. Writes take the rules' lock first (see lock). */
export class RoutingRuleStore {
  constructor(private readonly db: DataSource) {}

  transaction<T>(work: (tx: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  /** Concurrent edits of the rule list (positions especially) go one at a time, until the transaction ends. */
  async lock(tx: EntityManager): Promise<void> {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext('routing_rules'))`);
  }

  list(manager: EntityManager = this.db.manager): Promise<RoutingRuleRow[]> {
    return manager.query(`SELECT ${COLUMNS} FROM routing_rules ORDER BY position, created_at, id`);
  }

  async find(id: string, manager: EntityManager = this.db.manager): Promise<RoutingRuleRow | null> {
    const [row] = await manager.query(`SELECT ${COLUMNS} FROM routing_rules WHERE id = $1`, [id]);
    return row ?? null;
  }

  /** How many rules there are and the position after the last. */
  async size(tx: EntityManager): Promise<{ count: number; nextPosition: number }> {
    const [{ n, next }] = await tx.query('SELECT count(*)::int AS n, coalesce(max(position), 0) + 1 AS next FROM routing_rules');
    return { count: n, nextPosition: next };
  }

  async insert(rule: RoutingRuleFields, position: number, tx: EntityManager): Promise<RoutingRuleRow> {
    const [row] = await tx.query(
      `INSERT INTO routing_rules (name, position, enabled, conditions, strategy, team_id, rep_ids) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${COLUMNS}`,
      [rule.name, position, rule.enabled, JSON.stringify(rule.conditions), rule.strategy, rule.teamId, rule.repIds],
    );
    return row;
  }

  async update(id: string, rule: RoutingRuleFields, tx: EntityManager): Promise<RoutingRuleRow> {
    // TypeORM answers an UPDATE ... RETURNING with [rows, count].
    const [[row]] = await tx.query(
      `UPDATE routing_rules SET name = $2, enabled = $3, conditions = $4, strategy = $5, team_id = $6, rep_ids = $7, updated_at = now()
        WHERE id = $1 RETURNING ${COLUMNS}`,
      [id, rule.name, rule.enabled, JSON.stringify(rule.conditions), rule.strategy, rule.teamId, rule.repIds],
    );
    return row;
  }

  /** Deletes the rule and its round-robin cursor. */
  async delete(id: string, tx: EntityManager): Promise<void> {
    await tx.query('DELETE FROM routing_rules WHERE id = $1', [id]);
    await tx.query('DELETE FROM routing_cursors WHERE scope = $1', [id]);
  }

  /** Positions 1..n in the order of `ids`. */
  async reorder(ids: readonly string[], tx: EntityManager): Promise<void> {
    await tx.query(
      'UPDATE routing_rules r SET position = o.position, updated_at = now() FROM unnest($1::uuid[]) WITH ORDINALITY AS o(id, position) WHERE r.id = o.id',
      [ids],
    );
  }
}
