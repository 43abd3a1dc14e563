import type { DataSource } from 'typeorm';
import { createHash } from 'node:crypto';
import { addBusinessDays, DEFAULT_POLICY, type ClassificationPolicy, type ClassificationResult, type CompanyProfile, type LeadInput } from '@leadops/domain';
import { LeadStore, ProfileStore, RoutingStore, SettingsStore, type LeadEntity } from '@leadops/persistence';
import { stageNeedsOwner, type AssignOwnerResult, type ClassifyLeadResult, type EnrichResult, type LeadActivities, type NurtureStepPlan } from '@leadops/workflows';
import { deriveContactKeys, routingFacts } from './lead-facts';
import type { Mailer } from './mailer';
import { assignmentEmail, breachEmail, classificationResultEmail, renderTemplate } from './messages';

export interface LeadClassifierPort {
  classify(lead: LeadInput, profile: CompanyProfile, policy?: ClassificationPolicy): Promise<ClassificationResult>;
}

/** Sales ops' overrides (SLA minutes, thresholds) over the default policy; the version names the change. */
export function effectivePolicy(override: Record<string, unknown> | null): ClassificationPolicy {
  if (!override || Object.keys(override).length === 0) return DEFAULT_POLICY;
  const slaMinutes = { ...DEFAULT_POLICY.slaMinutes, ...((override['slaMinutes'] as object | undefined) ?? {}) };
  const digest = createHash('sha256').update(JSON.stringify(override)).digest('hex').slice(0, 8);
  return { ...DEFAULT_POLICY, ...override, slaMinutes, version: `${DEFAULT_POLICY.version}+${digest}` } as ClassificationPolicy;
}

export interface ActivityDeps {
  db: DataSource;
  classifier: LeadClassifierPort;
  mailer: Mailer;
  /** Divides SLA, escalation and nurture durations (demos and tests); 1 in production. */
  timeScale: number;
  consoleUrl: string;
  /** Called after each classification with its latency (metrics). */
  onClassified?: (result: ClassificationResult, latencyMs: number) => void;
  now?: () => Date;
}

const DAY_MS = 24 * 3600_000;

/** Engagement kinds add what they tell about the lead's intent to the text the policy reads. */
const ENGAGEMENT_TEXT: Record<string, string> = {
  MEETING_BOOKED: 'The lead booked a meeting / agendó una llamada: asks for a call this week.',
  REPLY: '',
  CLICK: 'The lead clicked a nurture email link.',
  FORM_RESUBMISSION: '',
  UNSUBSCRIBE: '',
};

function leadInput(lead: LeadEntity, extraText = ''): LeadInput {
  return {
    fullName: lead.fullName, email: lead.email, jobPosition: lead.jobPosition, companyName: lead.companyName, industry: lead.industry,
    location: lead.location, phone: lead.phone, age: lead.age, gender: lead.gender, notifyEmail: lead.notifyEmail,
    description: [lead.description, extraText].filter(Boolean).join('\n') || null, source: lead.source, companySize: lead.companySize,
  };
}

export function createActivities(deps: ActivityDeps): LeadActivities {
  const { db, classifier, mailer, timeScale, consoleUrl } = deps;
  const leads = new LeadStore(db);
  const profiles = new ProfileStore(db);
  const routing = new RoutingStore(db);
  const settings = new SettingsStore(db);
  const now = deps.now ?? (() => new Date());

  async function mustLoad(leadId: string): Promise<LeadEntity> {
    const lead = await leads.findLead(leadId);
    if (!lead) throw new Error(`lead ${leadId} not found`);
    return lead;
  }

  async function classifyAndStore(lead: LeadEntity, attemptKey: string, extraText = ''): Promise<ClassificationResult> {
    const done = await db.query('SELECT result FROM classifications WHERE attempt_key = $1', [attemptKey]);
    if (done.length) return done[0].result;
    const profile = await profiles.current(lead.profileId);
    if (!profile) throw new Error(`company profile "${lead.profileId}" is not configured`);
    const started = Date.now();
    const policy = effectivePolicy(await settings.get('classificationPolicy'));
    const result = await classifier.classify(leadInput(lead, extraText), profile, policy);
    const latency = Date.now() - started;
    await leads.storeClassification(lead.id, result, latency, attemptKey, lead.profileId);
    deps.onClassified?.(result, latency);
    return result;
  }

  const summary = (c: ClassificationResult): ClassifyLeadResult => ({ stage: c.stage, priority: c.priority, slaMinutes: c.slaMinutes, classifier: c.classifier });

  async function assign(leadId: string, attemptKey: string, opts: { excludeUserIds?: string[]; toUserId?: string | null; slaFrom: 'CREATED' | 'NOW' }): Promise<AssignOwnerResult> {
    const lead = await mustLoad(leadId);
    const classification = await leads.latestClassification(leadId);
    const outcome = await routing.assign(
      {
        leadId, attemptKey, facts: routingFacts(lead, classification), slaMinutes: classification?.slaMinutes ?? null, slaFrom: opts.slaFrom,
        excludeUserIds: opts.excludeUserIds, toUserId: opts.toUserId, timeScale,
      },
      now(),
    );
    return { ownerId: outcome.ownerId, slaDueAt: outcome.slaDueAt, queued: outcome.queued };
  }

  async function enrichAndDedupe(lead: LeadEntity): Promise<EnrichResult> {
    const derived = deriveContactKeys(lead);
    await leads.saveEnrichment(lead.id, derived.phoneE164, derived.companyDomain);
    const duplicate = await leads.findOpenDuplicate(lead.id);
    return { duplicateOf: duplicate?.id ?? null, matchedOn: duplicate?.matchedOn ?? null, description: lead.description };
  }

  async function emailUser(userId: string, key: string, leadId: string, build: (name: string) => { subject: string; text: string }) {
    const [user] = await db.query('SELECT email, display_name FROM users WHERE id = $1', [userId]);
    if (!user) return;
    await mailer.send({ key, leadId, to: user.email, ...build(user.display_name) });
  }

  return {
    async enrichAndDedupe({ leadId }) {
      return enrichAndDedupe(await mustLoad(leadId));
    },

    async triageNewLead({ leadId, attemptKey }) {
      const lead = await mustLoad(leadId);
      const enriched = await enrichAndDedupe(lead);
      if (enriched.duplicateOf) return { enriched, classification: null, assignment: null };
      const classification = summary(await classifyAndStore(lead, `${attemptKey}:classify`));
      const assignment = stageNeedsOwner(classification.stage) ? await assign(leadId, `${attemptKey}:assign`, { slaFrom: 'CREATED' }) : null;
      return { enriched, classification, assignment };
    },

    async mergeDuplicate({ leadId, into, matchedOn }) {
      await leads.mergeInto(leadId, into, matchedOn);
    },

    async classifyLead({ leadId, attemptKey }) {
      return summary(await classifyAndStore(await mustLoad(leadId), attemptKey));
    },

    async assignOwner({ leadId, attemptKey, excludeUserIds, toUserId }) {
      const lead = await mustLoad(leadId);
      // The first owner's SLA counts from the lead's arrival; any later owner gets a fresh one.
      return assign(leadId, attemptKey, { excludeUserIds, toUserId, slaFrom: lead.assignedAt ? 'NOW' : 'CREATED' });
    },

    async notifyAssignment({ leadId, ownerId, key }) {
      const lead = await mustLoad(leadId);
      await emailUser(ownerId, key, leadId, (name) => assignmentEmail(lead, name, consoleUrl));
    },

    async sendClassificationResult({ leadId, key }) {
      const lead = await mustLoad(leadId);
      if (!lead.notifyEmail) return;
      const c = await leads.latestClassification(leadId);
      if (!c) return;
      await mailer.send({ key, leadId, to: lead.notifyEmail, ...classificationResultEmail(lead, c, consoleUrl) });
    },

    async recordFirstContact({ leadId, byUserId, at }) {
      await db.transaction(async (tx) => {
        const updated = await tx.query(
          `UPDATE leads SET first_contacted_at = coalesce(first_contacted_at, $2::timestamptz),
                  sla_state = CASE WHEN sla_state = 'RUNNING' THEN 'MET' ELSE sla_state END,
                  status = CASE WHEN status = 'CLOSED' THEN status ELSE 'CONTACTED' END, updated_at = now()
            WHERE id = $1 RETURNING sla_state, first_contacted_at, created_at`,
          [leadId, at],
        );
        const row = updated[0][0]; // TypeORM answers an UPDATE ... RETURNING with [rows, count]
        const minutes = Math.round((new Date(row.first_contacted_at).getTime() - new Date(row.created_at).getTime()) / 60000);
        await leads.addEvent(leadId, { type: 'CONTACTED', message: `First contact logged (${minutes} min after arrival, SLA ${row.sla_state})`, actorId: byUserId || null, data: { slaState: row.sla_state }, key: `contacted:${leadId}` }, tx);
      });
    },

    async loadEscalationPlan() {
      return { steps: await settings.get('escalationChain'), timeScale };
    },

    async escalate({ leadId, level, step, key }) {
      const lead = await mustLoad(leadId);
      const ownerName = lead.ownerId ? (await db.query('SELECT display_name FROM users WHERE id = $1', [lead.ownerId]))[0]?.display_name ?? '' : '';
      switch (step.action) {
        case 'MARK_BREACHED':
          await db.query(`UPDATE leads SET sla_state = 'BREACHED', updated_at = now() WHERE id = $1 AND sla_state = 'RUNNING'`, [leadId]);
          await leads.addEvent(leadId, { type: 'SLA_BREACHED', message: `First-response SLA breached (due ${lead.slaDueAt?.toISOString() ?? '-'}, owner ${ownerName})`, data: { ownerId: lead.ownerId, slaDueAt: lead.slaDueAt }, key });
          return null;
        case 'REMIND_OWNER':
          if (lead.ownerId) await emailUser(lead.ownerId, key, leadId, (name) => breachEmail(lead, 'owner', name, consoleUrl));
          await db.query('UPDATE leads SET escalation_level = greatest(escalation_level, $2) WHERE id = $1', [leadId, level]);
          await leads.addEvent(leadId, { type: 'ESCALATION', message: `Escalation ${level}: owner ${ownerName} reminded`, data: { level, action: step.action }, key });
          return null;
        case 'NOTIFY_MANAGER': {
          const managers = await db.query(`SELECT id FROM users WHERE role = 'MANAGER' AND active AND (team_id = $1 OR $1::uuid IS NULL)`, [lead.teamId]);
          for (const m of managers) await emailUser(m.id, `${key}:${m.id}`, leadId, () => breachEmail(lead, 'manager', ownerName, consoleUrl));
          await db.query('UPDATE leads SET escalation_level = greatest(escalation_level, $2) WHERE id = $1', [leadId, level]);
          await leads.addEvent(leadId, { type: 'ESCALATION', message: `Escalation ${level}: manager notified`, data: { level, action: step.action }, key });
          return null;
        }
        case 'REASSIGN': {
          await db.query('UPDATE leads SET escalation_level = greatest(escalation_level, $2) WHERE id = $1', [leadId, level]);
          const result = await assign(leadId, key, { excludeUserIds: lead.ownerId ? [lead.ownerId] : [], slaFrom: 'NOW' });
          await leads.addEvent(leadId, { type: 'ESCALATION', message: result.ownerId ? `Escalation ${level}: reassigned with a fresh SLA` : `Escalation ${level}: no other rep available`, data: { level, action: step.action, ownerId: result.ownerId }, key: `${key}:event` });
          return result.ownerId ? result : null;
        }
      }
    },

    async planNurture({ leadId, fromStep, since }) {
      const sequence = await settings.get('nurtureSequence');
      const calendar = await settings.get('businessCalendar');
      await db.query(`UPDATE leads SET status = 'NURTURING', updated_at = now() WHERE id = $1 AND status IN ('NEW', 'CLASSIFIED')`, [leadId]);
      const plan: NurtureStepPlan[] = [];
      let cursor = since ? new Date(since) : now();
      for (let i = fromStep; i < sequence.steps.length; i++) {
        const step = sequence.steps[i]!;
        const next = sequence.businessDaysOnly && step.waitDays > 0 ? addBusinessDays(cursor, step.waitDays, calendar) : new Date(cursor.getTime() + step.waitDays * DAY_MS);
        plan.push({ index: i, templateKey: step.templateKey, waitMs: Math.round((next.getTime() - cursor.getTime()) / timeScale) });
        cursor = next;
      }
      return plan;
    },

    async sendNurtureStep({ leadId, step, key }) {
      const lead = await mustLoad(leadId);
      if (lead.status === 'CLOSED') return;
      const templates = await settings.get('emailTemplates');
      const template = templates[step.templateKey];
      if (!template) throw new Error(`nurture template "${step.templateKey}" does not exist`);
      const language = ((await leads.latestClassification(leadId))?.language ?? 'es') as 'es' | 'en' | 'pt';
      const profile = await profiles.current(lead.profileId);
      const vars = { firstName: lead.fullName.split(/\s+/)[0] ?? '', company: lead.companyName ?? '', seller: profile?.companyName ?? '' };
      await mailer.send({ key, leadId, to: lead.email, subject: renderTemplate(template.subject[language], vars), text: renderTemplate(template.body[language], vars) });
      await leads.addEvent(leadId, { type: 'NURTURE_STEP', message: `Nurture step ${step.index + 1} sent (${step.templateKey})`, data: { step: step.index, templateKey: step.templateKey }, key });
    },

    async recordEngagement({ leadId, kind, detail, at, key }) {
      const lead = await mustLoad(leadId);
      await leads.addEvent(leadId, { type: 'ENGAGEMENT', message: `Engagement: ${kind.toLowerCase().replace('_', ' ')}${detail ? ` — ${detail.slice(0, 200)}` : ''}`, data: { kind, detail, at }, key });
      if (kind === 'UNSUBSCRIBE') return null;
      const extra = [ENGAGEMENT_TEXT[kind], detail].filter(Boolean).join('\n');
      return summary(await classifyAndStore(lead, `${key}:rescore`, extra));
    },

    async closeLead({ leadId, outcome, reason, byUserId, key }) {
      await db.transaction(async (tx) => {
        await tx.query(
          `UPDATE leads SET status = 'CLOSED', outcome = $2, outcome_reason = $3, closed_at = coalesce(closed_at, now()),
                  sla_state = CASE WHEN sla_state = 'RUNNING' THEN 'NONE' ELSE sla_state END, updated_at = now() WHERE id = $1`,
          [leadId, outcome, reason],
        );
        await leads.addEvent(leadId, { type: 'CLOSED', message: `Closed as ${outcome.toLowerCase()}${reason ? `: ${reason}` : ''}`, actorId: byUserId, data: { outcome, reason }, key }, tx);
      });
    },

    async recordTimeline({ leadId, type, message, key, data }) {
      await leads.addEvent(leadId, { type, message, key, data });
    },
  };
}
