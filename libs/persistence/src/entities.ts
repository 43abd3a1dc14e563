import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { ClassificationResult, UserLanguage, LeadOutcome, LeadSource, LeadStatus, Priority, SlaState, Stage } from '@leadops/domain';

// The lifecycle values are the domain's (libs/domain/src/lifecycle); re-exported for the stores' callers.
export type { LeadOutcome, LeadStatus, SlaState };
export type UserRole = 'SALES_OPS' | 'MANAGER' | 'REP';

export interface WorkingHours {
  /** ISO weekday 1 (Monday) .. 7 (Sunday) -> ["09:00", "18:00"] */
  [weekday: string]: [string, string];
}

export interface DateRange {
  from: string;
  to: string;
}

@Entity('teams')
export class TeamEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('text') name!: string;
  @Column('text', { name: 'time_zone' }) timeZone!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}

@Entity('users')
export class UserEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('text') email!: string;
  @Column('text', { name: 'display_name' }) displayName!: string;
  @Column('text', { name: 'password_hash', select: false }) passwordHash!: string;
  @Column('text') role!: UserRole;
  @Column('uuid', { name: 'team_id', nullable: true }) teamId!: string | null;
  @Column('boolean') active!: boolean;
  @Column('int') capacity!: number;
  @Column('int', { name: 'routing_weight' }) routingWeight!: number;
  @Column('text', { array: true }) skills!: string[];
  @Column('text', { array: true }) languages!: string[];
  @Column('text', { array: true }) territories!: string[];
  @Column('text', { name: 'time_zone' }) timeZone!: string;
  /** What the user reads LeadOps and their e-mails in (migration 019). */
  @Column('text') language!: UserLanguage;
  @Column('jsonb', { name: 'working_hours', nullable: true }) workingHours!: WorkingHours | null;
  @Column('jsonb', { name: 'out_of_office' }) outOfOffice!: DateRange[];
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}

@Entity('company_profiles')
export class CompanyProfileEntity {
  @PrimaryColumn('text') id!: string;
  @PrimaryColumn('int') version!: number;
  @Column('jsonb') profile!: Record<string, unknown>;
  @Column('uuid', { name: 'created_by', nullable: true }) createdBy!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}

@Entity('leads')
export class LeadEntity {
  @PrimaryColumn('uuid') id!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
  @Column('text') source!: LeadSource;
  @Column('text', { name: 'idempotency_key', nullable: true }) idempotencyKey!: string | null;
  @Column('text', { name: 'full_name' }) fullName!: string;
  @Column('text') email!: string;
  @Column('text', { name: 'email_normalized' }) emailNormalized!: string;
  @Column('text', { nullable: true }) phone!: string | null;
  @Column('text', { name: 'phone_e164', nullable: true }) phoneE164!: string | null;
  @Column('text', { name: 'job_position', nullable: true }) jobPosition!: string | null;
  @Column('text', { name: 'company_name', nullable: true }) companyName!: string | null;
  @Column('text', { name: 'company_domain', nullable: true }) companyDomain!: string | null;
  @Column('text', { nullable: true }) industry!: string | null;
  @Column('text', { nullable: true }) location!: string | null;
  @Column('int', { nullable: true }) age!: number | null;
  @Column('text', { nullable: true }) gender!: string | null;
  @Column('text', { name: 'notify_email', nullable: true }) notifyEmail!: string | null;
  @Column('text', { nullable: true }) description!: string | null;
  @Column('int', { name: 'company_size', nullable: true }) companySize!: number | null;
  @Column('text', { name: 'profile_id' }) profileId!: string;
  @Column('text') status!: LeadStatus;
  @Column('text', { nullable: true }) stage!: Stage | null;
  @Column('text', { nullable: true }) priority!: Priority | null;
  @Column('uuid', { name: 'owner_id', nullable: true }) ownerId!: string | null;
  @Column('uuid', { name: 'team_id', nullable: true }) teamId!: string | null;
  @Column('timestamptz', { name: 'assigned_at', nullable: true }) assignedAt!: Date | null;
  @Column('timestamptz', { name: 'sla_due_at', nullable: true }) slaDueAt!: Date | null;
  @Column('text', { name: 'sla_state' }) slaState!: SlaState;
  @Column('int', { name: 'escalation_level' }) escalationLevel!: number;
  @Column('timestamptz', { name: 'first_contacted_at', nullable: true }) firstContactedAt!: Date | null;
  @Column('text', { nullable: true }) outcome!: LeadOutcome | null;
  @Column('text', { name: 'outcome_reason', nullable: true }) outcomeReason!: string | null;
  @Column('timestamptz', { name: 'closed_at', nullable: true }) closedAt!: Date | null;
  @Column('uuid', { name: 'merged_into', nullable: true }) mergedInto!: string | null;
  @Column('text', { name: 'workflow_id' }) workflowId!: string;
  @Column('double precision', { name: 'conversion_probability', nullable: true }) conversionProbability!: number | null;
  @Column('int', { name: 'conversion_model_version', nullable: true }) conversionModelVersion!: number | null;
  @Column('jsonb', { name: 'conversion_factors', nullable: true }) conversionFactors!: Array<{ feature: string; weight: number }> | null;
  @Column('timestamptz', { name: 'conversion_scored_at', nullable: true }) conversionScoredAt!: Date | null;
}

@Entity('classifications')
export class ClassificationEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' }) id!: string;
  @Column('uuid', { name: 'lead_id' }) leadId!: string;
  @Column('jsonb') result!: ClassificationResult;
  @Column('text') classifier!: string;
  @Column('text', { name: 'policy_version' }) policyVersion!: string;
  @Column('text', { name: 'profile_id' }) profileId!: string;
  @Column('int', { name: 'profile_version', nullable: true }) profileVersion!: number | null;
  @Column('int', { name: 'latency_ms' }) latencyMs!: number;
  @Column('text', { name: 'attempt_key' }) attemptKey!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}

@Entity('lead_events')
export class LeadEventEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' }) id!: string;
  @Column('uuid', { name: 'lead_id' }) leadId!: string;
  @Column('timestamptz') at!: Date;
  @Column('text') type!: string;
  @Column('uuid', { name: 'actor_id', nullable: true }) actorId!: string | null;
  @Column('text') message!: string;
  @Column('jsonb') data!: Record<string, unknown>;
  @Column('text', { name: 'event_key', nullable: true }) eventKey!: string | null;
}

export const ENTITIES = [TeamEntity, UserEntity, CompanyProfileEntity, LeadEntity, ClassificationEntity, LeadEventEntity];
