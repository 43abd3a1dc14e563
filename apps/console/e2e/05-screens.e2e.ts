/** Every screen opens cleanly for the role that uses it, at 1280 px and 390 px; company info saves a new version. */
import type { Browser } from 'playwright-core';
import { api, apiToken, launchBrowser, Session, type UserKey } from './support';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const SCREENS: Array<{ name: string; user: UserKey; path: string; ready: string }> = [
  { name: 'dashboard', user: 'manager', path: '/dashboard', ready: '[data-testid="chart-funnel"]' },
  { name: 'sla-board', user: 'manager', path: '/sla-board', ready: '[data-testid="sla-board-reps"]' },
  { name: 'leads', user: 'manager', path: '/leads', ready: '[data-lead], tbody tr' },
  { name: 'company-info', user: 'ops', path: '/company-info', ready: '[data-testid="profile-history"]' },
  { name: 'reps', user: 'ops', path: '/reps', ready: 'text=Rita Ventas' },
  { name: 'sla-settings', user: 'ops', path: '/sla-settings', ready: 'input[name="minutesByPriority.P1"]' },
  { name: 'nurture', user: 'ops', path: '/nurture', ready: 'input[name="subject.es"]' },
  { name: 'webhooks', user: 'ops', path: '/webhookSubscriptions', ready: 'main' },
  { name: 'webhook-create', user: 'ops', path: '/webhookSubscriptions/create', ready: 'input[name="url"]' },
  { name: 'routing-rule-create', user: 'ops', path: '/routingRules/create', ready: 'input[name="name"]' },
];

describe.each(['desktop', 'mobile'] as const)('screens at %s width', (viewport) => {
  it.each(SCREENS)('$name', async ({ name, user, path, ready }) => {
    const s = await Session.open(browser, viewport);
    try {
      await s.login(user);
      await s.goto(path);
      await s.page.locator(ready).first().waitFor();
      const overflow = await s.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      await s.shot(`05-${name}`);
      expect(overflow).toBeLessThanOrEqual(0);
      await s.expectClean();
    } finally {
      await s.close();
    }
  });
});

it('saving company info makes a new version in the history', async () => {
  const token = await apiToken('ops');
  const before = (await api<{ companyProfile: { version: number } }>('{ companyProfile { version } }', {}, token)).companyProfile.version;
  const s = await Session.open(browser, 'desktop');
  try {
    await s.login('ops');
    await s.goto('/company-info');
    const audience = s.page.locator('textarea[name="targetAudience"]');
    await audience.waitFor();
    await audience.fill(`${await audience.inputValue()} Incluye hospitales privados.`);
    await s.page.getByRole('button', { name: 'Update Company' }).click();
    await s.page.getByText('saved as a new version').waitFor();
    await s.page.locator('[data-testid="profile-history"]').getByText(`Version ${before + 1}`).waitFor();
    await s.shot('05-company-info-saved');
    await s.expectClean();
  } finally {
    await s.close();
  }
  const after = (await api<{ companyProfile: { version: number } }>('{ companyProfile { version } }', {}, token)).companyProfile.version;
  expect(after).toBe(before + 1);
});

it('sales ops change a rep, the SLA targets and the nurture sequence, and the API has the new values', async () => {
  const token = await apiToken('ops');
  const read = () =>
    api<{ reps: Array<{ id: string; email: string; capacity: number }>; slaSettings: { minutesByPriority: { P3: number } }; nurtureSequence: { steps: Array<{ waitDays: number }> } }>(
      '{ reps { id email capacity } slaSettings { minutesByPriority { P3 } } nurtureSequence { steps { waitDays } } }', {}, token);
  const before = await read();
  const rita = before.reps.find((r) => r.email === 'rep1@leadops.dev')!;
  const s = await Session.open(browser, 'desktop');
  try {
    await s.login('ops');
    await s.goto(`/reps/${rita.id}`);
    await s.page.locator('input[name="capacity"]').fill(String(rita.capacity - 5));
    await s.page.getByRole('button', { name: 'Save' }).click();
    await s.page.waitForURL((url) => url.hash === '#/reps');

    await s.goto('/sla-settings');
    await s.page.locator('input[name="minutesByPriority.P3"]').fill(String(before.slaSettings.minutesByPriority.P3 + 60));
    await s.page.getByRole('button', { name: 'Save' }).click();
    await s.page.getByText('Settings saved').waitFor();

    await s.goto('/nurture');
    await s.page.locator('input[name="steps.1.waitDays"]').fill(String(before.nurtureSequence.steps[1]!.waitDays + 1));
    await s.page.getByRole('button', { name: 'Save' }).first().click();
    await s.page.getByText('Settings saved').first().waitFor();
    await s.shot('05-settings-saved');
    await s.expectClean();
  } finally {
    await s.close();
  }
  const after = await read();
  expect(after.reps.find((r) => r.id === rita.id)!.capacity).toBe(rita.capacity - 5);
  expect(after.slaSettings.minutesByPriority.P3).toBe(before.slaSettings.minutesByPriority.P3 + 60);
  expect(after.nurtureSequence.steps[1]!.waitDays).toBe(before.nurtureSequence.steps[1]!.waitDays + 1);
  // Put the demo values back for whoever runs next.
  await api('mutation($id: ID!, $input: RepInput!) { updateRep(id: $id, input: $input) { id } }', { id: rita.id, input: { capacity: rita.capacity } }, token);
  await api('mutation($input: SlaSettingsInput!) { updateSlaSettings(input: $input) { businessHoursOnly } }', {
    input: { minutesByPriority: { P1: 5, P2: 60, P3: before.slaSettings.minutesByPriority.P3 } },
  }, token);
});
