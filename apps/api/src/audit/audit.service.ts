import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditStore, type AuditEntry, type AuditRecord } from '@leadops/persistence';
import { LeadOpsError } from '../core/errors';

/** The audited kinds of configuration: what auditLog(entity) accepts. */
export const AUDITED_ENTITIES = ['company_profile', 'routing_rule', 'routing_rules', 'rep', 'team', 'user', 'settings', 'webhook_subscription', 'policy_version'] as const;

@Injectable()
export class AuditService {
  constructor(private readonly store: AuditStore) {}

  record(entry: AuditEntry, manager?: EntityManager): Promise<void> {
    return this.store.record(entry, manager);
  }

  list(entity: string, entityId: string | null, first: number): Promise<AuditRecord[]> {
    if (!(AUDITED_ENTITIES as readonly string[]).includes(entity)) {
      throw new LeadOpsError('BAD_USER_INPUT', `entity: one of ${AUDITED_ENTITIES.join(', ')}`, 'entity');
    }
    if (entityId !== null && entityId.length > 200) throw new LeadOpsError('BAD_USER_INPUT', 'entityId: at most 200 characters', 'entityId');
    if (!Number.isInteger(first) || first < 1 || first > 500) throw new LeadOpsError('BAD_USER_INPUT', 'first: must be between 1 and 500', 'first');
    return this.store.list(entity, entityId, first);
  }
}
