import type { EntityManager } from 'typeorm';
import { createHash } from 'node:crypto';
import { addBusinessDays, applyPolicyOverride, classifyWithRules, DEFAULT_POLICY, publishedPolicyVersion, type PolicyOverride, engagementRescoreApplies, notifyRecipientRefusal, type ClassificationPolicy, type ClassificationResult, type CompanyProfile, type ConversionScore, type LeadInput } from '@leadops/domain';
import {
  LeadStore, RoutingStore, SettingsStore, SuppressionStore, UserStore, type LeadContext, type LeadContextRequest, type LeadEntity, type NotificationStatus, type Recipient,
  type StoredClassification,
} from '@leadops/persistence';
import { stageNeedsOwner, type AssignOwnerResult, type ClassifyLeadResult, type EnrichResult, type LeadActivities, type NurtureStepPlan } from '@leadops/workflows';
import { deriveContactKeys, routingFacts } from './lead-facts';
import type { PromotedModelCache } from './scoring-activities';
import { EmailRejectedError, type Mailer } from './mailer';
import { assignmentEmail, breachEmail, classificationResultEmail, renderTemplate } from './messages';

export interface LeadClassifierPort {
  classify(lead: LeadInput, profile: CompanyProfile, policy?: ClassificationPolicy): Promise<ClassificationResult>;
}

/**
 * Sales ops' overrides (SLA minutes, thresholds, word lists) over the default policy. A published version names itself
 * (v1+r7: policy contract v1, published version 7); an override written outside a draft is named by its digest.
 */
export function effectivePolicy(override: Record<string, unknown> | null): ClassificationPolicy {
  if (!override || Object.keys(override).length === 0) return DEFAULT_POLICY;
  const published = (override as PolicyOverride).publishedVersion;
  if (typeof published === 'number') return applyPolicyOverride(override, publishedPolicyVersion(published));
  const digest = createHash('sha256').update(JSON.stringify(override)).digest('hex').slice(0, 8);
  return applyPolicyOverride(override, `${DEFAULT_POLICY.version}+${digest}`);
}

export interface ActivityDeps {
  /** The repositories the activities read and write through (libs/persistence): no SQL here. */
  leads: LeadStore;
  routing: RoutingStore;
  settings: SettingsStore;
  users: UserStore;
  /** Addresses that unsubscribed: nurture checks them before each send. */
  suppressions: SuppressionStore;
  classifier: LeadClassifierPort;
  mailer: Mailer;
  /** Divides SLA, escalation and nurture durations (demos and tests); 1 in production. */
  timeScale: number;
  consoleUrl: string;
  /** Makes the one-click unsubscribe link of a lead (nurture e-mails carry it); none: no link (tests of other things). */
  unsubscribeUrl?: (leadId: string) => string;
  /** Domains whose addresses may receive a lead's scoring besides users' (NOTIFY_EMAIL_DOMAINS); checked again before sending. */
  notifyDomains?: readonly string[];
  /** Called after each classification with its latency (metrics). */
  onClassified?: (result: ClassificationResult, latencyMs: number) => void;
  now?: () => Date;
  /** The promoted conversion model, compiled per version: new leads are scored in triage. None: no scoring (tests of other things). */
  scorer?: PromotedModelCache;
}

const DAY_MS = 24 * 3600_000;

/** The score a new lead gets in triage; never fails the triage (the lead is worked without a score, and the next promotion scores it). */
async function scoreAtTriage(
  scorer: PromotedModelCache | undefined, lead: LeadEntity, classification: ClassificationResult, promotedVersion: number | null,
): Promise<ConversionScore | null> {
  if (!scorer || promotedVersion === null) return null;
  try {
    return await scorer.score(promotedVersion, {
      id: lead.id, source: lead.source, email: lead.email, phone: lead.phone, location: lead.location, industry: lead.industry, companySize: lead.companySize,
      createdAt: new Date(lead.createdAt), firstContactedAt: null, escalationLevel: 0, nurtureEngagements: 0, classification,
    }, lead.profileId ?? 'default');
  } catch (error) {
    console.warn(`[scoring] lead ${lead.id} not scored: ${(error as Error).message}`);
    return null;
  }
}

const UNSUBSCRIBE_LINE = { es: 'Para no recibir más correos:', en: 'To stop receiving these e-mails:', pt: 'Para não receber mais e-mails:' } as const;

/** Engagement kinds add what they tell about the lead's intent to the text the policy reads. */
const ENGAGEMENT_TEXT: Record<string, string> = {
  MEETING_BOOKED: 'The lead booked a meeting / agendó una llamada: asks for a call this week.',
  REPLY: '',
  CLICK: 'The lead clicked a nurture email link.',
  FORM_RESUBMISSION: '',
  UNSUBSCRIBE: '',
};

/** The same text but for case, spacing and punctuation. */
function sameWords(a: string, b: string | null): boolean {
  const words = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return b !== null && words(a) === words(b);
}

function leadInput(lead: LeadEntity, extraText = ''): LeadInput {
  return {
    fullName: lead.fullName, email: lead.email, jobPosition: lead.jobPosition, companyName: lead.companyName, industry: lead.industry,
    location: lead.location, phone: lead.phone, age: lead.age, gender: lead.gender, notifyEmail: lead.notifyEmail,
    description: [lead.description, extraText].filter(Boolean).join('\n') || null, source: lead.source, companySize: lead.companySize,
  };
}

export function createActivities(deps: ActivityDeps): LeadActivities {
  const { leads, routing, settings, users, suppressions, classifier, mailer, timeScale, consoleUrl } = deps;
  const now = deps.now ?? (() => new Date());

  // Each activity reads what it needs in one statement (LeadStore.leadContext) and writes in at most one transaction:
  // every statement outside a transaction is a commit of its own, and commits are what PostgreSQL spends its time on.
  async function mustRead(leadId: string, want: LeadContextRequest): Promise<LeadContext> {
    const context = await leads.leadContext(leadId, want);
    if (!context) throw new Error(`lead ${leadId} not found`);
    return context;
  }

  const forClassification = (attemptKey: string): LeadContextRequest => ({ storedClassificationKey: attemptKey, profile: true, settings: ['classificationPolicy'] });

  /**
   * The classification this attempt stored before (a retry: latencyMs null), else a new one from the classifier, not stored yet.
   * When the model decided, the rules' stage for the same lead rides along (rulesStage): the overview shows a disagreement
   * and the dashboard counts them. The rules take microseconds, so they run again here rather than widen the classifier port.
   */
  async function classifyOnce(context: LeadContext, extraText = ''): Promise<{ result: StoredClassification; latencyMs: number | null }> {
    if (context.storedClassification) return { result: context.storedClassification, latencyMs: null };
    const { lead, profile } = context;
    if (!profile) throw new Error(`company profile "${lead.profileId}" is not configured`);
    const policy = effectivePolicy(context.settings.classificationPolicy ?? null);
    const input = leadInput(lead, extraText);
    const started = Date.now();
    const result: StoredClassification = await classifier.classify(input, profile, policy);
    const latencyMs = Date.now() - started;
    if (result.classifier === 'llm') return { result: { ...result, rulesStage: classifyWithRules(input, profile, policy).stage }, latencyMs };
    return { result, latencyMs };
  }

  /** Stores a new classification (keyed by attemptKey, so a retry stores nothing twice), in the caller's transaction if given. */
  async function storeClassification(lead: LeadEntity, c: { result: ClassificationResult; latencyMs: number | null }, attemptKey: string, tx?: EntityManager) {
    if (c.latencyMs !== null) await leads.storeClassification(lead.id, c.result, c.latencyMs, attemptKey, lead.profileId, tx);
  }

  const reportClassified = (c: { result: ClassificationResult; latencyMs: number | null }) => {
    if (c.latencyMs !== null) deps.onClassified?.(c.result, c.latencyMs);
  };

  const summary = (c: ClassificationResult): ClassifyLeadResult => ({ stage: c.stage, priority: c.priority, slaMinutes: c.slaMinutes, classifier: c.classifier });

  /** Routes the lead as it stands with this classification; in the caller's transaction if given. */
  async function assign(
    lead: LeadEntity, classification: ClassificationResult | null, attemptKey: string,
    opts: { excludeUserIds?: string[]; toUserId?: string | null; slaFrom: 'CREATED' | 'NOW'; cause?: string | null }, tx?: EntityManager,
  ): Promise<AssignOwnerResult> {
    const outcome = await routing.assign(
      {
        leadId: lead.id, attemptKey, facts: routingFacts(lead, classification), slaMinutes: classification?.slaMinutes ?? null, slaFrom: opts.slaFrom,
        excludeUserIds: opts.excludeUserIds, toUserId: opts.toUserId, timeScale, cause: opts.cause ?? null,
      },
      now(),
      tx,
    );
    return { ownerId: outcome.ownerId, slaDueAt: outcome.slaDueAt, queued: outcome.queued };
  }

  /** Dedupe by the keys stored at intake; a lead stored without them (or with others) gets them saved first, as before. */
  async function enrichAndDedupe(context: LeadContext): Promise<EnrichResult> {
    const { lead } = context;
    const derived = deriveContactKeys(lead);
    let duplicate = context.duplicate;
    if (derived.phoneE164 !== lead.phoneE164 || derived.companyDomain !== lead.companyDomain) {
      await leads.saveEnrichment(lead.id, derived.phoneE164, derived.companyDomain);
      duplicate = await leads.findOpenDuplicate(lead.id);
    }
    return { duplicateOf: duplicate?.id ?? null, matchedOn: duplicate?.matchedOn ?? null, description: lead.description };
  }

  /** Sends to a recipient read with the lead, unless the key went out already (its status came with the same read). */
  async function emailTo(
    recipient: Recipient | null, status: NotificationStatus | null, key: string, leadId: string, build: (name: string, language: string | undefined) => { subject: string; text: string },
  ) {
    if (!recipient) return;
    await sendOrRecordRefusal(leadId, key, () => mailer.send({ key, leadId, to: recipient.email, ...build(recipient.displayName, recipient.language) }, { status }));
  }

  /**
   * Sends; when the mail server refuses the address for good, says so on the lead's timeline instead of retrying for
   * ever (a local activity retries until it succeeds). Answers the refusal, if there was one.
   */
  async function sendOrRecordRefusal(leadId: string, key: string, send: () => Promise<unknown>): Promise<EmailRejectedError | null> {
    try {
      await send();
      return null;
    } catch (error) {
      if (!(error instanceof EmailRejectedError)) throw error;
      await leads.addEvent(leadId, { type: 'EMAIL_REFUSED', message: `E-mail not delivered: ${error.message}`, code: 'EVENT_EMAIL_REFUSED', params: { error: error.message }, data: { to: error.to, responseCode: error.responseCode }, key: `${key}:refused` });
      return error;
    }
  }

  return {
    async enrichAndDedupe({ leadId }) {
      return enrichAndDedupe(await mustRead(leadId, { openDuplicate: true }));
    },

    async triageNewLead({ leadId, attemptKey }) {
      const classifyKey = `${attemptKey}:classify`;
      const context = await mustRead(leadId, { ...forClassification(classifyKey), openDuplicate: true, promotedScoringVersion: deps.scorer !== undefined });
      const enriched = await enrichAndDedupe(context);
      if (enriched.duplicateOf) return { enriched, classification: null, assignment: null };
      const c = await classifyOnce(context);
      // The classification and the owner it calls for commit together: priority and SLA appear at the same moment.
      const classified = { ...context.lead, stage: c.result.stage, priority: c.result.priority } as LeadEntity;
      // Scored before routing, written with the classification: one commit, as before.
      const score = await scoreAtTriage(deps.scorer, context.lead, c.result, context.promotedScoringVersion ?? null);
      const assignment = await leads.transaction(async (tx) => {
        await storeClassification(context.lead, c, classifyKey, tx);
        if (score) await deps.scorer!.save(context.lead.id, score, tx);
        return stageNeedsOwner(c.result.stage) ? assign(classified, c.result, `${attemptKey}:assign`, { slaFrom: 'CREATED' }, tx) : null;
      });
      reportClassified(c);
      return { enriched, classification: summary(c.result), assignment, leadCreatedAt: new Date(context.lead.createdAt).toISOString() };
    },

    async mergeDuplicate({ leadId, into, matchedOn }) {
      await leads.mergeInto(leadId, into, matchedOn);
    },

    async classifyLead({ leadId, attemptKey }) {
      const context = await mustRead(leadId, forClassification(attemptKey));
      const c = await classifyOnce(context);
      await storeClassification(context.lead, c, attemptKey);
      reportClassified(c);
      return summary(c.result);
    },

    async assignOwner({ leadId, attemptKey, excludeUserIds, toUserId, cause }) {
      const { lead, latestClassification } = await mustRead(leadId, { latestClassification: true });
      // The first owner's SLA counts from the lead's arrival; any later owner gets a fresh one.
      return assign(lead, latestClassification, attemptKey, { excludeUserIds, toUserId, slaFrom: lead.assignedAt ? 'NOW' : 'CREATED', cause });
    },

    async notifyAssignment({ leadId, ownerId, key }) {
      const { lead, user, notificationStatus } = await mustRead(leadId, { userId: ownerId, notificationKey: key });
      await emailTo(user, notificationStatus, key, leadId, (name, language) => assignmentEmail(lead, name, consoleUrl, language));
    },

    async sendClassificationResult({ leadId, key }) {
      const { lead, latestClassification: c, notificationStatus } = await mustRead(leadId, { latestClassification: true, notificationKey: key });
      if (!lead.notifyEmail || !c) return;
      // Checked at intake too; again here for leads stored before the rule, or a user deactivated since.
      const refusal = notifyRecipientRefusal(lead.notifyEmail, { domains: deps.notifyDomains ?? [], isUser: await users.isActiveUserEmail(lead.notifyEmail) });
      if (refusal) {
        await leads.addEvent(leadId, { type: 'NOTIFY_REFUSED', message: `Scoring not sent to the notify address: it ${refusal}`, code: 'EVENT_NOTIFY_REFUSED', params: { refusal }, key: `${key}:refused` });
        return;
      }
      await sendOrRecordRefusal(leadId, key, () => mailer.send({ key, leadId, to: lead.notifyEmail!, ...classificationResultEmail(lead, c, consoleUrl) }, { status: notificationStatus }));
    },

    async recordFirstContact({ leadId, byUserId, at }) {
      await leads.transaction(async (tx) => {
        const row = await leads.recordFirstContact(leadId, at, tx);
        const minutes = Math.round((row.firstContactedAt.getTime() - row.createdAt.getTime()) / 60000);
        await leads.addEvent(leadId, { type: 'CONTACTED', message: `First contact logged (${minutes} min after arrival, SLA ${row.slaState})`, code: 'EVENT_CONTACTED', params: { minutes, slaState: row.slaState }, actorId: byUserId || null, data: { slaState: row.slaState }, key: `contacted:${leadId}` }, tx);
      });
    },

    async loadEscalationPlan() {
      return { steps: await settings.get('escalationChain'), timeScale };
    },

    async escalate({ leadId, level, step, key }) {
      const context = await mustRead(leadId, {
        owner: true, notificationKey: key, latestClassification: step.action === 'REASSIGN',
        ...(step.action === 'NOTIFY_MANAGER' ? { managersNotificationPrefix: `${key}:` } : {}),
      });
      const { lead, owner } = context;
      const ownerName = lead.ownerId ? owner?.displayName ?? '' : '';
      const raiseLevel = (tx: EntityManager) => leads.raiseEscalationLevel(leadId, level, tx);
      switch (step.action) {
        case 'MARK_BREACHED':
          await leads.transaction(async (tx) => {
            await leads.markSlaBreached(leadId, tx);
            await leads.addEvent(leadId, { type: 'SLA_BREACHED', message: `First-response SLA breached (due ${lead.slaDueAt?.toISOString() ?? '-'}, owner ${ownerName})`, code: 'EVENT_SLA_BREACHED', params: { due: lead.slaDueAt?.toISOString() ?? '-', owner: ownerName }, data: { ownerId: lead.ownerId, slaDueAt: lead.slaDueAt }, key }, tx);
          });
          return null;
        case 'REMIND_OWNER':
          if (lead.ownerId) await emailTo(owner, context.notificationStatus, key, leadId, (name, language) => breachEmail(lead, 'owner', name, consoleUrl, language));
          await leads.transaction(async (tx) => {
            await raiseLevel(tx);
            await leads.addEvent(leadId, { type: 'ESCALATION', message: `Escalation ${level}: owner ${ownerName} reminded`, code: 'EVENT_ESCALATION_REMINDED', params: { level, owner: ownerName }, data: { level, action: step.action }, key }, tx);
          });
          return null;
        case 'NOTIFY_MANAGER': {
          for (const m of context.managers) await emailTo(m, m.notificationStatus, `${key}:${m.id}`, leadId, (_name, language) => breachEmail(lead, 'manager', ownerName, consoleUrl, language));
          await leads.transaction(async (tx) => {
            await raiseLevel(tx);
            await leads.addEvent(leadId, { type: 'ESCALATION', message: `Escalation ${level}: manager notified`, code: 'EVENT_ESCALATION_MANAGER', params: { level }, data: { level, action: step.action }, key }, tx);
          });
          return null;
        }
        case 'REASSIGN': {
          return leads.transaction(async (tx) => {
            await raiseLevel(tx);
            const result = await assign(lead, context.latestClassification, key, {
              excludeUserIds: lead.ownerId ? [lead.ownerId] : [], slaFrom: 'NOW', cause: `escalation ${level}: the SLA ran out with ${ownerName || 'no owner'}`,
            }, tx);
            await leads.addEvent(leadId, { type: 'ESCALATION', message: result.ownerId ? `Escalation ${level}: reassigned with a fresh SLA` : `Escalation ${level}: no other rep available`,
              code: result.ownerId ? 'EVENT_ESCALATION_REASSIGNED' : 'EVENT_ESCALATION_NO_REP', params: { level }, data: { level, action: step.action, ownerId: result.ownerId }, key: `${key}:event` }, tx);
            return result.ownerId ? result : null;
          });
        }
      }
    },

    async planNurture({ leadId, fromStep, since }) {
      const { nurtureSequence: sequence, businessCalendar: calendar } = await settings.getMany(['nurtureSequence', 'businessCalendar']);
      await leads.startNurturing(leadId);
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
      const context = await mustRead(leadId, { latestClassification: true, profile: true, settings: ['emailTemplates'], notificationKey: key });
      const { lead } = context;
      if (lead.status === 'CLOSED') return;
      const template = context.settings.emailTemplates![step.templateKey];
      if (!template) throw new Error(`nurture template "${step.templateKey}" does not exist`);
      const language = (context.latestClassification?.language ?? 'es') as 'es' | 'en' | 'pt';
      const vars = { firstName: lead.fullName.split(/\s+/)[0] ?? '', company: lead.companyName ?? '', seller: context.profile?.companyName ?? '' };
      // Unsubscribed: nothing more to this address, whichever lead (a new one, an import) carries it.
      const suppressed = await suppressions.isSuppressed(lead.email);
      if (suppressed) {
        await leads.addEvent(leadId, { type: 'NURTURE_SUPPRESSED', message: `Nurture step ${step.index + 1} not sent: the address is ${suppressed.toLowerCase()}`, code: 'EVENT_NURTURE_SUPPRESSED', params: { step: step.index + 1, reason: suppressed }, key });
        return;
      }
      const unsubscribe = deps.unsubscribeUrl?.(leadId);
      const footer = unsubscribe ? `\n\n${UNSUBSCRIBE_LINE[language]} ${unsubscribe}` : '';
      const refused = await sendOrRecordRefusal(leadId, key, () => mailer.send(
        {
          key, leadId, to: lead.email, subject: renderTemplate(template.subject[language], vars), text: renderTemplate(template.body[language], vars) + footer,
          // RFC 8058: mail clients show an unsubscribe button that POSTs to the link, no page to visit.
          headers: unsubscribe ? { 'List-Unsubscribe': `<${unsubscribe}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' } : undefined,
        },
        { status: context.notificationStatus },
      ));
      if (refused) {
        // A hard bounce: no more e-mail to this address from any lead, as after an unsubscribe.
        await suppressions.suppress(lead.email, 'BOUNCED');
        return;
      }
      await leads.addEvent(leadId, { type: 'NURTURE_STEP', message: `Nurture step ${step.index + 1} sent (${step.templateKey})`, code: 'EVENT_NURTURE_STEP', params: { step: step.index + 1, template: step.templateKey }, data: { step: step.index, templateKey: step.templateKey }, key });
    },

    async recordEngagement({ leadId, kind, detail, at, key }) {
      const rescoreKey = `${key}:rescore`;
      const context = await mustRead(leadId, { ...forClassification(rescoreKey), latestClassification: true });
      await leads.addEvent(leadId, {
        type: 'ENGAGEMENT', message: `Engagement: ${kind.toLowerCase().replace('_', ' ')}${detail ? ` — ${detail.slice(0, 200)}` : ''}`,
        code: detail ? 'EVENT_ENGAGEMENT_DETAIL' : 'EVENT_ENGAGEMENT', params: detail ? { kind, detail: detail.slice(0, 200) } : { kind }, data: { kind, detail, at }, key,
      });
      if (kind === 'UNSUBSCRIBE') return null;
      // The same words sent again add nothing: read twice they would count every signal twice.
      const repeated = detail && sameWords(detail, context.lead.description);
      const extra = [ENGAGEMENT_TEXT[kind], repeated ? '' : detail].filter(Boolean).join('\n');
      const c = await classifyOnce(context, extra);
      const current = context.latestClassification;
      // Whoever submits a form with this lead's e-mail may make it hotter, never colder nor closed (only people do that).
      if (current && !engagementRescoreApplies(current, c.result)) {
        await leads.addEvent(leadId, {
          type: 'RESCORE_KEPT',
          code: 'EVENT_RESCORE_KEPT',
          params: { rescored: `${c.result.stage}${c.result.priority ? ` ${c.result.priority}` : ''}`, current: `${current.stage}${current.priority ? ` ${current.priority}` : ''}` },
          message: `Engagement re-score (${c.result.stage}${c.result.priority ? ` ${c.result.priority}` : ''}) would have lowered or closed the lead: it stays ${current.stage}${current.priority ? ` ${current.priority}` : ''} until a person decides`,
          data: { kind, rescored: { stage: c.result.stage, priority: c.result.priority } },
          key: `${rescoreKey}:kept`,
        });
        return summary(current);
      }
      await storeClassification(context.lead, c, rescoreKey);
      reportClassified(c);
      return summary(c.result);
    },

    async closeLead({ leadId, outcome, reason, byUserId, key }) {
      await leads.transaction(async (tx) => {
        await leads.close(leadId, outcome, reason, tx);
        await leads.addEvent(leadId, { type: 'CLOSED', message: `Closed as ${outcome.toLowerCase()}${reason ? `: ${reason}` : ''}`,
          code: reason ? 'EVENT_CLOSED_REASON' : 'EVENT_CLOSED', params: reason ? { outcome, reason } : { outcome }, actorId: byUserId, data: { outcome, reason }, key }, tx);
      });
    },

    async recordTimeline({ leadId, type, message, key, data }) {
      await leads.addEvent(leadId, { type, message, key, data });
    },
  };
}
