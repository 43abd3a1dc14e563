// Runs the real API and a real worker in this process against the stack `npm test` started (PostgreSQL + Temporal).
import type { INestApplication } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { loadConfig, type LeadOpsConfig } from '@leadops/config';
import { createLeadClassifier } from '@leadops/llm';
import { createTestDatabase, installQuietTemporalRuntime, startSmtpSink, type SmtpSink, type TestDatabase } from '@leadops/testing';

installQuietTemporalRuntime();
import { Registry } from 'prom-client';
import { ModelServiceMonitor } from '../../worker/src/model-service-monitor';
import { startWorker, type RunningWorker } from '../../worker/src/worker';
import { seedDemoData } from '@leadops/persistence';
import { createApp } from '../src/main';

export interface Stack {
  config: LeadOpsConfig;
  database: TestDatabase;
  smtp: SmtpSink;
  app: INestApplication;
  url: string;
  worker: RunningWorker | null;
  /** The running worker's view of the model service (metrics registry, circuit state reports). */
  modelService: ModelServiceMonitor | null;
  /** A worker wired as apps/worker's main: the model from LLM_* settings (rules alone without), guarded and monitored. */
  startWorker(): Promise<RunningWorker>;
  stopWorker(): Promise<void>;
  close(): Promise<void>;
}

/** `databaseCredentials`: the API logs in to the test database as this role instead of the test cluster's own. */
export async function startStack(env: Record<string, string> = {}, options: { databaseCredentials?: { user: string; password: string } } = {}): Promise<Stack> {
  const database = await createTestDatabase();
  await seedDemoData(database.db);
  const smtp = await startSmtpSink();
  const databaseUrl = new URL(database.url);
  if (options.databaseCredentials) {
    databaseUrl.username = options.databaseCredentials.user;
    databaseUrl.password = options.databaseCredentials.password;
  }
  Object.assign(process.env, {
    DATABASE_URL: databaseUrl.toString(),
    TEMPORAL_TASK_QUEUE: `test-${randomBytes(4).toString('hex')}`,
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(smtp.port),
    API_PORT: '0',
    ...env,
  });
  const config = loadConfig();
  const { app } = await createApp();
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address();
  const stack: Stack = {
    config, database, smtp, app, url: `http://127.0.0.1:${address.port}`, worker: null, modelService: null,
    async startWorker() {
      const modelService = new ModelServiceMonitor(config.llm !== null, new Registry());
      stack.modelService = modelService;
      stack.worker = await startWorker(config, createLeadClassifier(config.llm, modelService.classifierOptions()), { poolSize: 10, modelService });
      return stack.worker;
    },
    async stopWorker() {
      await stack.worker?.shutdown();
      stack.worker = null;
    },
    async close() {
      await stack.stopWorker();
      await app.close();
      await smtp.close();
      await database.drop();
    },
  };
  return stack;
}

export interface GraphQLAnswer<T = any> {
  status: number;
  data?: T;
  errors?: Array<{ message: string; extensions?: Record<string, any> }>;
}

export async function gql<T = any>(stack: Stack, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<GraphQLAnswer<T>> {
  const res = await fetch(`${stack.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as GraphQLAnswer<T>;
  return { ...body, status: res.status };
}

export async function login(stack: Stack, email: string, password = 'leadops'): Promise<string> {
  const answer = await gql(stack, 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', { e: email, p: password });
  if (!answer.data?.login?.token) throw new Error(`login failed for ${email}: ${JSON.stringify(answer.errors)}`);
  return answer.data.login.token;
}

/** A one-use ticket for the live stream (GET /events/leads?ticket=…), traded for a bearer token. */
export async function streamTicket(url: string, token: string): Promise<string> {
  const res = await fetch(`${url}/events/ticket`, { method: 'POST', headers: { authorization: `Bearer ${token}` } });
  const body = (await res.json()) as { ticket?: string };
  if (!res.ok || !body.ticket) throw new Error(`no stream ticket: HTTP ${res.status} ${JSON.stringify(body)}`);
  return body.ticket;
}

/** A REST answer: its status, its body as JSON when it is JSON, and the raw text. */
export async function readAnswer(res: Response): Promise<{ status: number; body: any; text: string }> {
  const text = await res.text();
  let body: any = null;
  try {
    body = JSON.parse(text);
  } catch {
    /* not JSON */
  }
  return { status: res.status, body, text };
}
