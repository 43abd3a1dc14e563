/** Shared helpers of the console's Playwright suites: browser, sessions per role, problem detection, screenshots, API calls. */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CONSOLE_URL = required('E2E_CONSOLE_URL');
export const API_URL = required('E2E_API_URL');
const SHOTS = process.env['E2E_SCREENSHOTS'] ?? join(__dirname, 'screenshots');
mkdirSync(SHOTS, { recursive: true });
/** Saved logins of this run (one API, one folder). */
const SESSIONS = join(tmpdir(), `leadops-console-e2e-${new URL(API_URL).port}`);
mkdirSync(SESSIONS, { recursive: true });

export const PASSWORD = 'leadops';
export const USERS = {
  ops: { email: 'ops@leadops.dev', name: 'Olga Operaciones', role: 'SALES_OPS' },
  manager: { email: 'manager@leadops.dev', name: 'Mario Gerente', role: 'MANAGER' },
  rep1: { email: 'rep1@leadops.dev', name: 'Rita Ventas', role: 'REP' },
  rep2: { email: 'rep2@leadops.dev', name: 'Ramón Ventas', role: 'REP' },
} as const;
export type UserKey = keyof typeof USERS;

export const VIEWPORTS = {
  desktop: { width: 1280, height: 900 },
  mobile: { width: 390, height: 844 },
} as const;
export type ViewportName = keyof typeof VIEWPORTS;

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the suites with node apps/console/e2e/run.mjs`);
  return value;
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** One logged-out browser tab at a given width that records every console error, page error and failed request. */
export class Session {
  readonly problems: string[] = [];
  /** GraphQL answers with errors count as problems too, unless the test expects them. */
  private readonly expectedApiErrors: RegExp[] = [];
  private readonly pendingChecks: Array<Promise<void>> = [];

  private constructor(
    readonly context: BrowserContext,
    readonly page: Page,
    readonly viewport: ViewportName,
  ) {
    page.on('console', (message) => {
      const text = message.text();
      if (message.type() === 'error') this.problems.push(`console error: ${text}`);
      else if (message.type() === 'warning' && /missing translation/i.test(text)) this.problems.push(`console warning: ${text}`);
    });
    page.on('pageerror', (error) => this.problems.push(`page error: ${error.message}`));
    page.on('requestfailed', (request) => {
      const failure = request.failure()?.errorText ?? '';
      // Navigating away cancels in-flight polls; that is not a failure of the app.
      if (!failure.includes('ERR_ABORTED')) this.problems.push(`request failed: ${request.method()} ${request.url()} ${failure}`);
    });
    page.on('response', (response) => {
      if (response.status() >= 400) this.problems.push(`HTTP ${response.status()}: ${response.request().method()} ${response.url()}`);
      if (response.url().endsWith('/graphql') && response.request().method() === 'POST') {
        this.pendingChecks.push(
          response
            .json()
            .then((body: { errors?: Array<{ message: string }> }) => {
              for (const error of body.errors ?? []) {
                if (!this.expectedApiErrors.some((re) => re.test(error.message))) this.problems.push(`API error: ${error.message}`);
              }
            })
            .catch(() => undefined),
        );
      }
    });
  }

  static async open(browser: Browser, viewport: ViewportName = 'desktop'): Promise<Session> {
    const context = await browser.newContext({ viewport: VIEWPORTS[viewport], locale: 'en-US', timezoneId: 'America/Mexico_City' });
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    return new Session(context, page, viewport);
  }

  get isMobile(): boolean {
    return this.viewport === 'mobile';
  }

  async goto(hashPath: string): Promise<void> {
    await this.page.goto(`${CONSOLE_URL}/#${hashPath}`);
  }

  /**
   * Logs in through the login page once per user and run; later sessions reuse the saved browser storage (the API
   * allows 10 logins a minute per user, and the login page is not what most tests are about).
   */
  async login(user: UserKey): Promise<void> {
    const saved = join(SESSIONS, `${user}.json`);
    if (existsSync(saved)) {
      const { origins } = JSON.parse(readFileSync(saved, 'utf8')) as { origins: Array<{ localStorage: Array<{ name: string; value: string }> }> };
      const items = origins.flatMap((o) => o.localStorage).filter((i) => i.name.startsWith('leadops:'));
      await this.page.addInitScript((entries: Array<{ name: string; value: string }>) => {
        if (sessionStorage.getItem('e2e-restored')) return;
        for (const { name, value } of entries) localStorage.setItem(name, value);
        sessionStorage.setItem('e2e-restored', '1');
      }, items);
      await this.goto('/');
      await this.page.waitForURL((url) => !url.hash.startsWith('#/login') && url.hash !== '#/');
      await this.page.locator('.RaLayout-content, [class*="RaLayout-content"]').first().waitFor();
      return;
    }
    await this.loginWithForm(user);
    await this.context.storageState({ path: saved });
  }

  async loginWithForm(user: UserKey): Promise<void> {
    await this.goto('/login');
    await this.page.locator('input[name="username"]').fill(USERS[user].email);
    await this.page.locator('input[name="password"]').fill(PASSWORD);
    await this.page.locator('button[type="submit"]').click();
    await this.page.waitForURL((url) => !url.hash.startsWith('#/login'));
    await this.page.locator('.RaLayout-content, [class*="RaLayout-content"]').first().waitFor();
  }

  /** Opens the side menu on a phone (it is a drawer there). */
  async openMenu(): Promise<void> {
    if (this.isMobile) await this.page.locator('button.RaAppBar-menuButton, [class*="RaAppBar-menuButton"]').first().click();
  }

  /** Closes the phone's menu drawer again (it stays open over the page until then). */
  async closeMenu(): Promise<void> {
    if (this.isMobile) await this.page.keyboard.press('Escape');
  }

  async shot(name: string): Promise<string> {
    // No hover effects in the picture, and chips, charts and fonts settled.
    await this.page.mouse.move(0, this.page.viewportSize()!.height - 1);
    await this.page.waitForTimeout(400);
    const path = join(SHOTS, `${name}-${this.viewport}.png`);
    await this.page.screenshot({ path, fullPage: true });
    return path;
  }

  /** An API error this test provokes on purpose (a wrong password, a refused action). */
  expectApiError(message: RegExp): void {
    this.expectedApiErrors.push(message);
  }

  /** Nothing went wrong in the browser so far: no console error, failed request or unexpected API error. */
  async expectClean(): Promise<void> {
    await Promise.all(this.pendingChecks);
    expect(this.problems).toEqual([]);
  }

  async close(): Promise<void> {
    await this.context.close();
  }
}

/** GraphQL from the test itself, for setup that is not what the test is about. */
export async function api<T = any>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const res = await fetch(`${API_URL}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: Array<{ message: string }> };
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
  return body.data as T;
}

export async function apiToken(user: UserKey): Promise<string> {
  const data = await api<{ login: { token: string } }>('mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', {
    e: USERS[user].email, p: PASSWORD,
  });
  return data.login.token;
}

/**
 * With SLA_TIME_SCALE=600 the default escalation chain hands a breached lead to another rep within seconds; suites that
 * compare owners or read one rep's lead make owners hold still: remind the owner at once, tell a manager after 10 h.
 */
export async function keepOwnersStill(token: string): Promise<void> {
  await api('mutation($input: SlaSettingsInput!) { updateSlaSettings(input: $input) { businessHoursOnly } }', {
    input: { escalationChain: [{ action: 'REMIND_OWNER', afterMinutes: 0 }, { action: 'NOTIFY_MANAGER', afterMinutes: 600 }] },
  }, token);
}

export async function createLeadByApi(token: string, input: Record<string, unknown>): Promise<string> {
  const data = await api<{ createLead: { id: string } }>('mutation($input: CreateLeadInput!) { createLead(input: $input) { id } }', { input }, token);
  return data.createLead.id;
}

export async function leadById(token: string, id: string) {
  const data = await api<{ lead: { id: string; status: string; stage: string | null; priority: string | null; slaState: string; owner: { email: string; displayName: string } | null } }>(
    'query($id: ID!) { lead(id: $id) { id status stage priority slaState owner { email displayName } } }', { id }, token);
  return data.lead;
}

/** Polls until `check` returns a value (not undefined/false), or fails after `timeoutMs`. */
export async function eventually<T>(check: () => Promise<T | undefined | false>, what: string, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await check();
      if (value !== undefined && value !== false) return value as T;
    } catch (error) {
      last = error;
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`timed out waiting for ${what}${last ? `: ${(last as Error).message}` : ''}`);
}

export const userKeyByEmail = (email: string): UserKey => (Object.keys(USERS) as UserKey[]).find((k) => USERS[k].email === email)!;
