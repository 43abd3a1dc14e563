import { Global, Module } from '@nestjs/common';
import { LeadWorkflowClient } from './lead-workflow-client';
import { TemporalCodecController } from './temporal-codec.controller';
import { WorkflowStartOutbox } from './workflow-start-outbox';

/** Temporal for the API: the client that talks to lead workflows, and the outbox that makes sure each one starts. */
@Global()
@Module({ providers: [LeadWorkflowClient, WorkflowStartOutbox], exports: [LeadWorkflowClient, WorkflowStartOutbox], controllers: [TemporalCodecController] })
export class TemporalModule {}
