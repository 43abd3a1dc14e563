// An OpenAI-compatible HTTP server that stands in for a model (vLLM, Ollama, NIM) in tests, demos and benchmarks.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { classifyWithRules, type ClassificationResult, type CompanyProfile, type LeadInput } from '@leadops/domain';

/** One request the server received, as recorded for assertions. */
export interface RecordedRequest {
  method: string;
  path: string;
  headers: Record<string, string | string[] | undefined>;
  /** The parsed JSON body (undefined when the body was empty or not JSON). */
  body: any;
}

/** What the scripted "model" does with one chat completion request. */
export interface ModelReply {
  /** Wait this long before answering (a slow model). */
  delayMs?: number;
  /** HTTP status; anything but 2xx answers with an OpenAI-style error body. */
  status?: number;
  /** The assistant message content, verbatim. */
  content?: string;
  /** The assistant message content as JSON of this value, shaped by `wrap`. */
  json?: unknown;
  /** How `json` is written: bare, in a ```json fence, or inside chatty prose. */
  wrap?: 'plain' | 'fenced' | 'chatty';
  /** gpt-oss (harmony) reasoning text, sent as message.reasoning_content and message.reasoning. */
  reasoning?: string;
  /** The whole HTTP body verbatim, for malformed responses. */
  rawBody?: string;
  /** Send headers, then wait this long before the body (a stream that stalls). */
  stallBodyMs?: number;
}

export type ModelScript = (request: RecordedRequest) => ModelReply | Promise<ModelReply>;

export interface OpenAiTestServerOptions {
  port?: number;
  host?: string;
  /** Delay added to every default answer (a script sets its own delayMs). */
  latencyMs?: number;
  script?: ModelScript;
  /** Model ids listed by GET /v1/models. */
  models?: string[];
}

export interface OpenAiTestServer {
  /** Base URL including /v1, as the openai client's baseURL expects. */
  url: string;
  port: number;
  requests: RecordedRequest[];
  setScript(script: ModelScript | null): void;
  close(): Promise<void>;
}

export async function startOpenAiTestServer(options: OpenAiTestServerOptions = {}): Promise<OpenAiTestServer> {
  const requests: RecordedRequest[] = [];
  const latencyMs = options.latencyMs ?? 0;
  const defaultScript: ModelScript = (request) => ({ json: plausibleExtraction(request.body), reasoning: 'Reading the lead against the seller profile.', delayMs: latencyMs });
  let script: ModelScript = options.script ?? defaultScript;
  const pendingTimers = new Set<NodeJS.Timeout>();

  const wait = (ms: number) => new Promise<void>((resolve) => {
    if (ms <= 0) return resolve();
    const timer = setTimeout(() => { pendingTimers.delete(timer); resolve(); }, ms);
    pendingTimers.add(timer);
  });

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) sendJson(res, 500, { error: { message: String(error), type: 'server_error' } });
      else res.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const text = await readBody(req);
    const path = (req.url ?? '/').split('?')[0];
    const recorded: RecordedRequest = { method: req.method ?? 'GET', path, headers: req.headers, body: parseJsonOrUndefined(text) };
    requests.push(recorded);

    if (req.method === 'GET' && path === '/v1/models') {
      const ids = options.models ?? ['openai/gpt-oss-20b'];
      return sendJson(res, 200, { object: 'list', data: ids.map((id) => ({ id, object: 'model', created: 0, owned_by: 'openai-test-server' })) });
    }
    if (req.method !== 'POST' || path !== '/v1/chat/completions') {
      return sendJson(res, 404, { error: { message: `no route ${req.method} ${path}`, type: 'not_found' } });
    }

    const reply = await script(recorded);
    await wait(reply.delayMs ?? 0);
    // The client gave up (deadline): nothing left to answer.
    if (res.destroyed || req.socket.destroyed) return;

    const status = reply.status ?? 200;
    if (reply.rawBody !== undefined) return sendText(res, status, reply.rawBody, reply.stallBodyMs, wait);
    if (status < 200 || status >= 300) {
      return sendJson(res, status, { error: { message: `scripted HTTP ${status}`, type: status === 429 ? 'rate_limit_exceeded' : 'server_error', code: status } });
    }
    const completion = chatCompletion(recorded.body?.model ?? 'openai/gpt-oss-20b', messageContent(reply), reply.reasoning, requests.length);
    return sendText(res, status, JSON.stringify(completion), reply.stallBodyMs, wait);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const host = options.host && options.host !== '0.0.0.0' ? options.host : '127.0.0.1';

  return {
    url: `http://${host}:${port}/v1`,
    port,
    requests,
    setScript(next) { script = next ?? defaultScript; },
    async close() {
      for (const timer of pendingTimers) clearTimeout(timer);
      pendingTimers.clear();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** The message content a reply describes: verbatim content, or its JSON shaped by `wrap`. */
function messageContent(reply: ModelReply): string {
  if (reply.content !== undefined) return reply.content;
  if (reply.json === undefined) return '';
  const json = JSON.stringify(reply.json, null, 2);
  switch (reply.wrap ?? 'plain') {
    case 'fenced': return '```json\n' + json + '\n```';
    case 'chatty': return `Sure! Here is the classification you asked for:\n\n${json}\n\nLet me know if you need anything else.`;
    default: return json;
  }
}

function chatCompletion(model: string, content: string, reasoning: string | undefined, sequence: number) {
  return {
    id: `chatcmpl-test-${sequence}`,
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model,
    choices: [{
      index: 0,
      message: { role: 'assistant', content, ...(reasoning !== undefined ? { reasoning_content: reasoning, reasoning } : {}) },
      finish_reason: 'stop',
    }],
    usage: { prompt_tokens: 0, completion_tokens: Math.ceil(content.length / 4), total_tokens: Math.ceil(content.length / 4) },
  };
}

/**
 * A plausible extraction for the request, so the server can pose as a model in demos and benchmarks: the
 * built-in rules' reading of the lead (user message) against the seller profile (system message).
 */
export function plausibleExtraction(requestBody: any): Record<string, unknown> {
  const lead = { fullName: '', email: '', ...firstJsonObjectOf(messageOf(requestBody, 'user')) } as LeadInput;
  const profile = { ...EMPTY_PROFILE, ...firstJsonObjectOf(messageOf(requestBody, 'system')) } as CompanyProfile;
  const reading = classifyWithRules(lead, profile);
  const { seniorityLevel, roleType, decisionPower } = reading.contactProfile;
  return {
    contactProfile: { seniorityLevel, roleType, decisionPower },
    // What the schema asks of a model: the lines as text (the codes are ours, derived after).
    fit: { score: reading.fit.score, grade: reading.fit.grade, reasons: reading.fit.reasons },
    urgency: { score: reading.urgency.score, level: reading.urgency.level, signals: reading.urgency.signals },
    opportunity: reading.opportunity,
    dataQuality: reading.dataQuality,
    intent: plausibleIntent(lead, reading),
    summary: reading.summary,
    detectedNeeds: reading.detectedNeeds,
    matchedServices: reading.matchedServices,
    nextSteps: reading.nextSteps,
  };
}

/**
 * The rules' intent as a model would give it: made-up or gibberish names (a rule-1 reason the rules keep outside the
 * intent) read as SPAM, and a non-buyer always quoting the lead (the rules quote no words for gibberish).
 */
function plausibleIntent(lead: LeadInput, reading: ClassificationResult): NonNullable<ClassificationResult['intent']> {
  const intent = reading.intent ?? { kind: 'BUYER', evidence: [] };
  const fakeName = reading.explanation.some((line) => /^DISQUALIFIED \(rule 1\): (test or made-up data|gibberish)/.test(line));
  if ((intent.kind === 'BUYER' || intent.kind === 'UNCLEAR') && fakeName && lead.fullName) return { kind: 'SPAM', evidence: [lead.fullName] };
  if (intent.kind === 'BUYER' || intent.kind === 'UNCLEAR' || intent.evidence.length) return intent;
  const quote = (lead.description ?? '').trim().slice(0, 80).trim() || lead.fullName;
  return { kind: intent.kind, evidence: quote ? [quote] : [] };
}

/**
 * Scripted answers per lead, keyed by the lead's e-mail (any case): `extraction` fields merged over the plausible
 * reading (objects one level deep, e.g. `{ "intent": { "kind": "JOB_SEEKER", "evidence": ["busco empleo"] } }`),
 * or a whole `reply` (e.g. `{ "content": "not json" }` or `{ "status": 500 }`). Leads not listed get the plausible reading.
 */
export type LeadFixture = Record<string, { extraction?: Record<string, unknown>; reply?: ModelReply }>;

/** A script answering each lead from `fixture`, deterministically (the same lead always gets the same answer). */
export function leadFixtureScript(fixture: LeadFixture, latencyMs = 0): ModelScript {
  const byEmail = new Map(Object.entries(fixture).map(([email, entry]) => [email.trim().toLowerCase(), entry]));
  return (request) => {
    const lead = firstJsonObjectOf(messageOf(request.body, 'user'));
    const entry = typeof lead.email === 'string' ? byEmail.get(lead.email.trim().toLowerCase()) : undefined;
    if (entry?.reply) return { delayMs: latencyMs, ...entry.reply };
    const answer = plausibleExtraction(request.body);
    for (const [key, value] of Object.entries(entry?.extraction ?? {})) {
      const base = answer[key];
      const mergeable = (v: unknown) => v !== null && typeof v === 'object' && !Array.isArray(v);
      answer[key] = mergeable(base) && mergeable(value) ? { ...(base as object), ...(value as object) } : value;
    }
    return { json: answer, delayMs: latencyMs };
  };
}

/** Checks a fixture read from JSON, naming the entry and field at fault. */
export function parseLeadFixture(value: unknown): LeadFixture {
  const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
  if (!isObject(value)) throw new Error('fixture must be a JSON object keyed by lead e-mail');
  for (const [email, entry] of Object.entries(value)) {
    if (!isObject(entry)) throw new Error(`fixture["${email}"] must be an object with "extraction" or "reply"`);
    const unknownKeys = Object.keys(entry).filter((key) => key !== 'extraction' && key !== 'reply');
    if (unknownKeys.length) throw new Error(`fixture["${email}"].${unknownKeys[0]} is not a fixture field (extraction, reply)`);
    for (const key of ['extraction', 'reply'] as const) {
      if (entry[key] !== undefined && !isObject(entry[key])) throw new Error(`fixture["${email}"].${key} must be an object`);
    }
  }
  return value as LeadFixture;
}

const EMPTY_PROFILE: CompanyProfile = { companyName: '', shortDescription: '', mainServices: [], targetAudience: '' };

function messageOf(requestBody: any, role: 'system' | 'user'): string {
  const messages: any[] = Array.isArray(requestBody?.messages) ? requestBody.messages : [];
  const message = [...messages].reverse().find((candidate) => candidate?.role === role);
  return typeof message?.content === 'string' ? message.content : '';
}

/** The JSON object a message carries (the lead data, the seller profile), or {} when there is none. */
function firstJsonObjectOf(text: string): Record<string, unknown> {
  const start = text.indexOf('{');
  const end = text.lastIndexOf('}');
  const parsed = start >= 0 && end > start ? parseJsonOrUndefined(text.slice(start, end + 1)) : undefined;
  return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? parsed : {};
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function parseJsonOrUndefined(text: string): any {
  try { return text ? JSON.parse(text) : undefined; } catch { return undefined; }
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(value));
}

async function sendText(res: ServerResponse, status: number, body: string, stallBodyMs: number | undefined, wait: (ms: number) => Promise<void>): Promise<void> {
  res.writeHead(status, { 'content-type': 'application/json' });
  if (stallBodyMs) {
    res.flushHeaders();
    await wait(stallBodyMs);
    if (res.destroyed) return;
  }
  res.end(body);
}
