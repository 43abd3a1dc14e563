/**
 * The console's data provider: react-admin's getList/getOne/create/update/delete and the sales team's actions, mapped
 * to the LeadOps GraphQL API over fetch. Field names live in documents.ts; the mappings of every resource live here.
 */
import type { DataProvider, GetListParams, Identifier, RaRecord } from 'react-admin';
import { CursorPager } from './cursorPaging';
import * as doc from './documents';
import { ApiError, createGraphqlClient, type GraphqlRequest } from './graphqlClient';
import { listInMemory } from './listInMemory';
import { toCreateLeadInput, toLeadFilter, toLeadSort } from './leadQuery';
import { toRepInput, toRoutingRuleInput } from './inputs';
import type {
  CompanyProfile, CompanyProfileInput, Connection, EmailTemplate, Lead, Metrics, NurtureSequence, Outcome, PolicyDraft, PolicyDraftInput, PolicySimulation,
  PolicyVersion, RoutingRule, ScoreBand, ScoringModel, ScoringStatus, SlaBoardRow, SlaSettings,
} from './api';
import type { UserRole } from '../graphql/graphql';

export { ApiError } from './graphqlClient';

/** The answer of POST /imports/leads (REST, so not in the GraphQL schema). */
export interface ImportResult {
  imported: number;
  duplicates: number;
  failed: number;
  complete: boolean;
  ignoredColumns: string[];
  rows: Array<{ row: number; field: string | null; reason: string }>;
  truncated: boolean;
}

export interface LeadOpsActions {
  markContacted(id: Identifier): Promise<void>;
  closeLead(id: Identifier, outcome: Outcome, reason?: string | null): Promise<void>;
  reassign(id: Identifier, toUserId: string | null): Promise<void>;
  addNote(id: Identifier, text: string): Promise<void>;
  reclassify(id: Identifier): Promise<void>;
  reorderRoutingRules(ids: Identifier[]): Promise<RoutingRule[]>;
  companyProfile(): Promise<CompanyProfile | null>;
  companyProfileHistory(): Promise<CompanyProfile[]>;
  updateCompanyProfile(input: CompanyProfileInput): Promise<CompanyProfile>;
  slaSettings(): Promise<SlaSettings>;
  updateSlaSettings(input: SlaSettings): Promise<SlaSettings>;
  policyDraft(): Promise<PolicyDraft>;
  savePolicyDraft(input: PolicyDraftInput): Promise<PolicyDraft>;
  discardPolicyDraft(): Promise<boolean>;
  policyVersions(): Promise<PolicyVersion[]>;
  publishPolicyDraft(note: string | null): Promise<PolicyVersion>;
  restorePolicyVersion(version: number): Promise<PolicyVersion>;
  simulatePolicyDraft(days: number): Promise<PolicySimulation>;
  nurtureSequence(): Promise<NurtureSequence>;
  updateNurtureSequence(input: NurtureSequence): Promise<NurtureSequence>;
  emailTemplates(): Promise<EmailTemplate[]>;
  updateEmailTemplate(key: string, input: Omit<EmailTemplate, 'key'>): Promise<EmailTemplate>;
  metrics(from: Date, to: Date, timeZone: string): Promise<Metrics>;
  slaBoard(): Promise<SlaBoardRow[]>;
  scoringModels(): Promise<ScoringModel[]>;
  scoringStatus(): Promise<ScoringStatus>;
  conversionByScoreBand(): Promise<ScoreBand[]>;
  trainScoringModel(): Promise<string>;
  rollbackScoringModel(version: number | null): Promise<ScoringModel>;
  setOrderQueueByScore(enabled: boolean): Promise<boolean>;
  importLeadsCsv(csv: string): Promise<ImportResult>;
}

export type LeadOpsDataProvider = DataProvider & LeadOpsActions;

interface Options {
  apiUrl: string;
  getToken: () => string | null;
  fetchImpl?: typeof fetch;
}

const DELETE_MUTATIONS: Record<string, typeof doc.DELETE_ROUTING_RULE | typeof doc.DELETE_WEBHOOK_SUBSCRIPTION> = {
  routingRules: doc.DELETE_ROUTING_RULE,
  webhookSubscriptions: doc.DELETE_WEBHOOK_SUBSCRIPTION,
};

const notSupported = (resource: string, what: string) =>
  Promise.reject(new ApiError(`${resource}: ${what} is not something the console can do`, 'NOT_SUPPORTED', 400));

/** Paged resources backed by a keyset connection. */
function connectionLister(request: GraphqlRequest, pager: CursorPager, resource: string) {
  return async (params: GetListParams) => {
    const { page, perPage } = params.pagination ?? { page: 1, perPage: 25 };
    const isQueue = resource === 'my-queue';
    const filter = toLeadFilter(params.filter);
    const sort = toLeadSort(params.sort);
    const key = JSON.stringify({ resource, filter, sort, perPage });
    const result = await pager.page<Lead>(key, (page - 1) * perPage, perPage, async ({ first, after, cursorsOnly }): Promise<Connection<Lead>> => {
      if (isQueue) {
        return cursorsOnly ? { nodes: [], ...(await request(doc.MY_QUEUE_CURSORS, { first, after })).myQueue } : (await request(doc.MY_QUEUE_PAGE, { first, after })).myQueue;
      }
      return cursorsOnly
        ? { nodes: [], ...(await request(doc.LEADS_CURSORS, { filter, sort, first, after })).leads }
        : (await request(doc.LEADS_PAGE, { filter, sort, first, after })).leads;
    });
    // A broad text search is counted only up to a cap: react-admin then pages by "has next" instead of "of N".
    if (result.totalCapped) return { data: result.data as never[], pageInfo: { hasNextPage: result.hasNextPage, hasPreviousPage: page > 1 } };
    return { data: result.data as never[], total: result.total };
  };
}

export function createDataProvider({ apiUrl, getToken, fetchImpl }: Options): LeadOpsDataProvider {
  const request = createGraphqlClient({ url: `${apiUrl}/graphql`, getToken, fetchImpl });
  const pager = new CursorPager();
  const leadsList = connectionLister(request, pager, 'leads');
  const queueList = connectionLister(request, pager, 'my-queue');

  const getLead = async (id: Identifier) => (await request(doc.LEAD, { id: String(id) })).lead;

  /** Whole-list fetchers of the small configuration resources. */
  const wholeLists: Record<string, (filter: Record<string, unknown>) => Promise<RaRecord[]>> = {
    users: async (filter) => (await request(doc.USERS, { role: (filter['role'] as UserRole | undefined) ?? null })).users,
    teams: async () => (await request(doc.TEAMS)).teams,
    reps: async () => (await request(doc.REPS)).reps,
    routingRules: async () => (await request(doc.ROUTING_RULES)).routingRules,
    webhookSubscriptions: async () => (await request(doc.WEBHOOK_SUBSCRIPTIONS)).webhookSubscriptions,
  };
  const fetchWhole = (resource: string, filter: Record<string, unknown> = {}) => {
    const fetcher = wholeLists[resource];
    if (!fetcher) throw new ApiError(`Unknown resource ${resource}`, 'NOT_FOUND', 404);
    return fetcher(filter);
  };
  const findIn = async (resource: string, id: Identifier) => {
    const record = (await fetchWhole(resource)).find((r) => String(r.id) === String(id));
    if (!record) throw new ApiError(`${resource} ${id} not found`, 'NOT_FOUND', 404);
    return record;
  };

  const provider: LeadOpsDataProvider = {
    async getList(resource, params) {
      if (resource === 'leads') return leadsList(params);
      if (resource === 'my-queue') return queueList(params);
      const { role: _role, ...filter } = params.filter ?? {};
      const rows = await fetchWhole(resource, params.filter ?? {});
      return listInMemory(rows as Array<RaRecord & Record<string, unknown>>, { ...params, filter }) as never;
    },

    async getOne(resource, params) {
      if (resource === 'leads' || resource === 'my-queue') return { data: (await getLead(params.id)) as never };
      return { data: (await findIn(resource, params.id)) as never };
    },

    async getMany(resource, params) {
      if (resource === 'leads') return { data: (await Promise.all(params.ids.map(getLead))) as never[] };
      const wanted = new Set(params.ids.map(String));
      return { data: (await fetchWhole(resource)).filter((r) => wanted.has(String(r.id))) as never[] };
    },

    async getManyReference(resource, params) {
      const rows = await fetchWhole(resource);
      return listInMemory(rows as Array<RaRecord & Record<string, unknown>>, { ...params, filter: { ...params.filter, [params.target]: params.id } }) as never;
    },

    async create(resource, params) {
      switch (resource) {
        case 'leads':
          return { data: (await request(doc.CREATE_LEAD, { input: toCreateLeadInput(params.data) })).createLead as never };
        case 'routingRules':
          return { data: (await request(doc.CREATE_ROUTING_RULE, { input: toRoutingRuleInput(params.data) })).createRoutingRule as never };
        case 'webhookSubscriptions': {
          const { url, events, secret } = params.data as { url: string; events: string[]; secret: string };
          return {
            data: (await request(doc.CREATE_WEBHOOK_SUBSCRIPTION, { url: url?.trim(), events: events ?? [], secret }))
              .createWebhookSubscription as never,
          };
        }
        default:
          return notSupported(resource, 'create');
      }
    },

    async update(resource, params) {
      switch (resource) {
        case 'routingRules':
          return {
            data: (await request(doc.UPDATE_ROUTING_RULE, { id: String(params.id), input: toRoutingRuleInput(params.data) }))
              .updateRoutingRule as never,
          };
        case 'reps':
          return { data: (await request(doc.UPDATE_REP, { id: String(params.id), input: toRepInput(params.data) })).updateRep as never };
        default:
          return notSupported(resource, 'update');
      }
    },

    async updateMany(resource, params) {
      if (resource === 'leads' && params.meta?.['action'] === 'reassign') {
        const toUserId = (params.data as { ownerId?: string | null }).ownerId ?? null;
        await Promise.all(params.ids.map((id) => provider.reassign(id, toUserId)));
        return { data: params.ids };
      }
      return notSupported(resource, 'bulk update');
    },

    async delete(resource, params) {
      const mutation = DELETE_MUTATIONS[resource];
      if (!mutation) return notSupported(resource, 'delete');
      await request(mutation, { id: String(params.id) });
      return { data: params.previousData as never };
    },

    async deleteMany(resource, params) {
      const mutation = DELETE_MUTATIONS[resource];
      if (!mutation) return notSupported(resource, 'delete');
      for (const id of params.ids) await request(mutation, { id: String(id) });
      return { data: params.ids };
    },

    async markContacted(id) {
      await request(doc.MARK_CONTACTED, { id: String(id) });
    },
    async closeLead(id, outcome, reason) {
      await request(doc.CLOSE_LEAD, { id: String(id), outcome, reason: reason?.trim() || null });
    },
    async reassign(id, toUserId) {
      await request(doc.REASSIGN, { id: String(id), toUserId });
    },
    async addNote(id, text) {
      await request(doc.ADD_NOTE, { id: String(id), text });
    },
    async reclassify(id) {
      await request(doc.RECLASSIFY, { id: String(id) });
    },
    async reorderRoutingRules(ids) {
      return (await request(doc.REORDER_ROUTING_RULES, { ids: ids.map(String) })).reorderRoutingRules;
    },
    async companyProfile() {
      return (await request(doc.COMPANY_PROFILE)).companyProfile;
    },
    async companyProfileHistory() {
      return (await request(doc.COMPANY_PROFILE_HISTORY, { first: 50 })).companyProfileHistory;
    },
    async updateCompanyProfile(input) {
      return (await request(doc.UPDATE_COMPANY_PROFILE, { input })).updateCompanyProfile;
    },
    async slaSettings() {
      return (await request(doc.SLA_SETTINGS)).slaSettings;
    },
    async updateSlaSettings(input) {
      return (await request(doc.UPDATE_SLA_SETTINGS, { input })).updateSlaSettings;
    },
    async policyDraft() {
      return (await request(doc.POLICY_DRAFT)).policyDraft;
    },
    async savePolicyDraft(input) {
      return (await request(doc.SAVE_POLICY_DRAFT, { input })).savePolicyDraft;
    },
    async discardPolicyDraft() {
      return (await request(doc.DISCARD_POLICY_DRAFT)).discardPolicyDraft;
    },
    async policyVersions() {
      return (await request(doc.POLICY_VERSIONS, { first: 50 })).policyVersions;
    },
    async publishPolicyDraft(note) {
      return (await request(doc.PUBLISH_POLICY_DRAFT, { note })).publishPolicyDraft;
    },
    async restorePolicyVersion(version) {
      return (await request(doc.RESTORE_POLICY_VERSION, { version })).restorePolicyVersion;
    },
    async simulatePolicyDraft(days) {
      return (await request(doc.SIMULATE_POLICY_DRAFT, { days, maxChanges: 200 })).simulatePolicyDraft;
    },
    async nurtureSequence() {
      return (await request(doc.NURTURE_SEQUENCE)).nurtureSequence;
    },
    async updateNurtureSequence(input) {
      return (await request(doc.UPDATE_NURTURE_SEQUENCE, { input })).updateNurtureSequence;
    },
    async emailTemplates() {
      return (await request(doc.EMAIL_TEMPLATES)).emailTemplates;
    },
    async updateEmailTemplate(key, input) {
      return (await request(doc.UPDATE_EMAIL_TEMPLATE, { key, input: { subject: input.subject, body: input.body } }))
        .updateEmailTemplate;
    },
    async metrics(from, to, timeZone) {
      return (await request(doc.METRICS, { from: from.toISOString(), to: to.toISOString(), timeZone })).metrics;
    },
    async slaBoard() {
      return (await request(doc.SLA_BOARD)).slaBoard;
    },
    async scoringModels() {
      return (await request(doc.SCORING_MODELS, { first: 50 })).scoringModels;
    },
    async scoringStatus() {
      return (await request(doc.SCORING_STATUS)).scoringStatus;
    },
    async conversionByScoreBand() {
      return (await request(doc.CONVERSION_BY_SCORE_BAND)).conversionByScoreBand;
    },
    async trainScoringModel() {
      return (await request(doc.TRAIN_SCORING_MODEL)).trainScoringModel.workflowId;
    },
    async rollbackScoringModel(version) {
      return (await request(doc.ROLLBACK_SCORING_MODEL, { version })).rollbackScoringModel;
    },
    async setOrderQueueByScore(enabled) {
      return (await request(doc.SET_ORDER_QUEUE_BY_SCORE, { enabled })).setOrderQueueByScore;
    },
    async importLeadsCsv(csv) {
      const token = getToken();
      const response = await (fetchImpl ?? fetch)(`${apiUrl}/imports/leads`, {
        method: 'POST',
        headers: { 'content-type': 'text/csv', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: csv,
      });
      const body = await response.json().catch(() => null);
      if (!response.ok) {
        const error = body?.error ?? {};
        throw new ApiError(error.message ?? `Import failed (${response.status})`, error.code ?? 'HTTP_ERROR', response.status, error.field);
      }
      return body as ImportResult;
    },
  };
  return provider;
}
