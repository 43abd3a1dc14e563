import { Inject, Injectable } from '@nestjs/common';
import type { LeadOpsConfig } from '@leadops/config';
import { rerouteCause } from '@leadops/domain';
import type { RepRow } from '@leadops/persistence';
import { CONFIG } from '../core/core.module';
import { LeadWorkflowClient } from '../temporal/lead-workflow-client';

/**
 * After a rep is stored deactivated, or away longer than REROUTE_OUT_OF_OFFICE_HOURS, their open uncontacted leads go
 * back to routing: a workflow tells each lead's own workflow, which re-routes it with a fresh SLA. Judged on the rep as
 * stored, not on what changed: saving the same state again retries a re-route that could not start.
 */
@Injectable()
export class RepReroutes {
  constructor(
    private readonly workflows: LeadWorkflowClient,
    @Inject(CONFIG) private readonly config: LeadOpsConfig,
  ) {}

  async afterChange(rep: RepRow, byUserId: string, now = new Date()): Promise<boolean> {
    const minOutOfOfficeHours = this.config.reroute.outOfOfficeHours;
    if (!rerouteCause({ active: rep.active, timeZone: rep.timeZone, outOfOffice: rep.outOfOffice ?? [] }, now, minOutOfOfficeHours)) return false;
    if (rep.openLeads === 0) return false; // nothing to move (open_leads is kept by a trigger: migration 013)
    await this.workflows.startRepReroute({ repId: rep.id, byUserId, minOutOfOfficeHours });
    return true;
  }
}
