import type { DataSource, EntityManager } from 'typeorm';

export interface AuditEntry {
  actorId: string | null;
  entity: string;
  entityId: string;
  action: 'CREATE' | 'UPDATE' | 'DELETE' | 'REORDER' | 'ACCESS' | 'PASSWORD_RESET' | 'ERASE' | 'PUBLISH' | 'RESTORE';
  before?: unknown;
  after?: unknown;
}

export interface AuditRecord extends Required<AuditEntry> {
  id: string;
  at: Date;
}

/** Who changed which configuration, and from what to what; written in the same transaction as the change. */
export class AuditStore {
  constructor(private readonly db: DataSource) {}

  async record(entry: AuditEntry, manager: EntityManager = this.db.manager): Promise<void> {
    await manager.query(`INSERT INTO audit_log (actor_id, entity, entity_id, action, before, after) VALUES ($1, $2, $3, $4, $5, $6)`, [
      entry.actorId,
      entry.entity,
      entry.entityId,
      entry.action,
      entry.before === undefined ? null : JSON.stringify(entry.before),
      entry.after === undefined ? null : JSON.stringify(entry.after),
    ]);
  }

  /** Newest first; without an entityId, every change to that kind of entity. */
  list(entity: string, entityId: string | null, limit = 100): Promise<AuditRecord[]> {
    return this.db.query(
      `SELECT id, at, actor_id AS "actorId", entity, entity_id AS "entityId", action, before, after
         FROM audit_log WHERE entity = $1 AND ($2::text IS NULL OR entity_id = $2) ORDER BY at DESC, id DESC LIMIT $3`,
      [entity, entityId, limit],
    );
  }
}
