/**
 * What-if before publish (issue 15): sales ops add a routing rule to a draft (mining leads to Ramón), simulate it over
 * the last 30 days, read the diff (the lead that changes owner, each rep's load), see that no live lead moved, publish,
 * and the next mining lead goes to Ramón under the new version.
 */
import type { Browser, Locator } from 'playwright-core';
import { api, apiToken, createLeadByApi, eventually, keepOwnersStill, launchBrowser, leadById, Session, USERS } from './support';

const INDUSTRY = 'Minería';
const RULE = 'Mining leads to Ramón';
const run = Date.now().toString(36);

/** A sales-ready mining lead of a company of its own (never merged with another lead). */
const miningLead = (n: number) => ({
  fullName: `Lucía Campos ${n}`, jobPosition: 'Directora de TI', email: `lucia.campos${n}@minera-${run}-${n}.mx`, companyName: `Minera Sierra ${run.toUpperCase()}-${n}`,
  industry: INDUSTRY, location: 'Zacatecas, México', phone: `492 555 ${String(1000 + n)}`,
  description: 'Necesitamos urgente un respaldo corporativo: perdimos datos de producción esta semana',
});

type LiveLead = { id: string; stage: string | null; priority: string | null; owner: { email: string } | null; classification: { policyVersion: string } | null };

/** What the simulation must not change: every lead's stage, priority, owner and the policy version it was decided under. */
async function liveLeads(token: string): Promise<string> {
  const rows: LiveLead[] = [];
  let after: string | null = null;
  do {
    const { leads }: { leads: { nodes: LiveLead[]; pageInfo: { endCursor: string | null; hasNextPage: boolean } } } = await api(
      'query($after: String) { leads(first: 100, after: $after) { pageInfo { endCursor hasNextPage } nodes { id stage priority owner { email } classification { policyVersion } } } }',
      { after }, token);
    rows.push(...leads.nodes);
    after = leads.pageInfo.hasNextPage ? leads.pageInfo.endCursor : null;
  } while (after);
  return JSON.stringify(rows.sort((a, b) => a.id.localeCompare(b.id)));
}

let browser: Browser;
let token: string;
let publishedBefore: number | null = null;
let cleanUp: (() => Promise<void>) | null = null;

beforeAll(async () => {
  browser = await launchBrowser();
  token = await apiToken('ops');
  await keepOwnersStill(token);
  const { policyDraft } = await api<{ policyDraft: { state: string; publishedVersion: number | null } }>('{ policyDraft { state publishedVersion } }', {}, token);
  expect(policyDraft.state).toBe('PUBLISHED');
  publishedBefore = policyDraft.publishedVersion;
});
afterAll(async () => {
  // Later suites expect the demo's routing: drop a leftover draft, or publish again what was live before.
  await cleanUp?.();
  await browser?.close();
});

const cells = async (row: Locator) => (await row.getByRole('cell').allInnerTexts()).map((t) => t.trim());

it('sales ops add a routing rule in a draft, simulate it, see the diff, publish it, and the next lead follows it', async () => {
  cleanUp = async () => {
    const { policyDraft } = await api<{ policyDraft: { state: string; publishedVersion: number | null } }>('{ policyDraft { state publishedVersion } }', {}, token);
    if (policyDraft.state === 'DRAFT') await api('mutation { discardPolicyDraft }', {}, token);
    if (policyDraft.publishedVersion !== publishedBefore) {
      await api('mutation($v: Int!) { restorePolicyVersion(version: $v) { version } }', { v: publishedBefore ?? 1 }, token);
    }
  };
  // Two mining leads in a row: the team's round-robin gives one to each rep.
  const ids = [await createLeadByApi(token, miningLead(1)), await createLeadByApi(token, miningLead(2))];
  const owners = await Promise.all(ids.map((id) => eventually(async () => (await leadById(token, id)).owner?.email, `an owner for ${id}`)));
  expect([...owners].sort()).toEqual([USERS.rep1.email, USERS.rep2.email]);
  // The pipeline at rest (assignment, SLA reminders): the live leads are what the simulation is compared against.
  let before = await liveLeads(token);
  await eventually(async () => {
    await new Promise((r) => setTimeout(r, 1000));
    const again = await liveLeads(token);
    const settled = again === before;
    before = again;
    return settled;
  }, 'the live leads to settle');

  const s = await Session.open(browser, 'desktop');
  try {
    await s.login('ops');
    await s.openMenu();
    await s.page.locator('[data-menu="/policy-draft"]').click();
    await s.page.locator('[data-state="PUBLISHED"]').waitFor();
    const rules = s.page.locator('.RaSimpleFormIterator-line');
    await rules.first().waitFor();
    const published = await rules.count();

    // The draft: a new rule, moved to the top, sends mining leads to Ramón.
    await s.page.getByRole('button', { name: 'Add', exact: true }).click();
    const rule = rules.nth(published);
    await rule.locator(`[name="routingRules.${published}.name"]`).fill(RULE);
    const industries = rule.getByRole('combobox', { name: 'Industries' });
    await industries.fill(INDUSTRY);
    await industries.press('Enter');
    await rule.getByRole('combobox', { name: 'How to pick the rep' }).click();
    await s.page.getByRole('option', { name: 'A specific rep' }).click();
    const reps = rule.getByRole('combobox', { name: 'Reps' });
    await reps.click();
    await reps.fill('Ramón');
    await s.page.getByRole('option', { name: USERS.rep2.name }).click();
    await s.page.keyboard.press('Escape');
    for (let i = published; i > 0; i--) await rules.nth(i).getByRole('button', { name: 'Move up' }).click();
    expect(await rules.first().locator('[name="routingRules.0.name"]').inputValue()).toBe(RULE);
    await s.shot('09-draft-rule');
    await s.page.getByRole('button', { name: 'Save', exact: true }).click();
    await s.page.getByText('Draft saved: nothing is live until you publish it').waitFor();
    await s.page.locator('[data-state="DRAFT"]').waitFor();
    // Saved as a draft only: the live rules are unchanged.
    const live = await api<{ routingRules: Array<{ name: string }> }>('{ routingRules { name } }', {}, token);
    expect(live.routingRules.map((r) => r.name)).not.toContain(RULE);

    await s.page.locator('[data-action="simulate"]').click();
    const result = s.page.locator('[data-simulation]');
    await result.waitFor();
    // The published rules gave one mining lead to Rita; the draft gives it to Ramón, and nothing else moves.
    await expect(result.locator('[data-changed-counts]').innerText()).resolves.toBe('1 leads change: 0 of stage, 0 of priority, 1 of owner.');
    const changes = result.locator('[data-changes] tbody tr');
    await expect(changes.count()).resolves.toBe(1);
    const changedId = (await changes.first().getAttribute('data-change'))!;
    expect(ids).toContain(changedId);
    const [name, publishedCol, draftCol, why] = await cells(changes.first());
    expect(name).toContain('Lucía Campos');
    expect(publishedCol).toContain(USERS.rep1.name);
    expect(draftCol).toContain(USERS.rep2.name);
    expect(why).toContain(`Owner ${USERS.rep1.name} → ${USERS.rep2.name} (${RULE}`);
    // Per-rep load, published → draft: one lead moves from Rita to Ramón.
    const load = async (rep: string) => {
      const [, happened, pub, draft] = await cells(result.locator(`[data-rep-load] [data-rep="${rep}"]`));
      return { happened: Number(happened), published: Number(pub), draft: Number(draft) };
    };
    const rita = await load(USERS.rep1.name);
    const ramon = await load(USERS.rep2.name);
    expect(rita.draft).toBe(rita.published - 1);
    expect(ramon.draft).toBe(ramon.published + 1);
    await s.shot('09-simulation');

    // A simulation only reads: every live lead keeps its stage, priority, owner and version.
    expect(await liveLeads(token)).toBe(before);
    const realOwner = owners[ids.indexOf(changedId)]!;

    await s.page.locator('[data-action="publish"]').click();
    await s.page.getByText('Published: new leads follow this version').waitFor();
    const state = s.page.locator('[data-state="PUBLISHED"]');
    await state.waitFor();
    const { policyDraft } = await api<{ policyDraft: { publishedVersion: number } }>('{ policyDraft { publishedVersion } }', {}, token);
    const version = policyDraft.publishedVersion;
    expect(version).toBe((publishedBefore ?? 1) + 1);
    await state.getByText(`Published: version ${version}`).waitFor();
    const row = s.page.locator(`[data-versions] [data-version="${version}"]`);
    await row.getByText('Published', { exact: true }).waitFor();
    await row.getByText('Live', { exact: true }).waitFor();
    await expect(s.page.locator('[data-versions] tr').getByText('Live', { exact: true }).count()).resolves.toBe(1);
    await s.shot('09-published');

    // Publishing re-routes nobody: the lead the simulation moved still has its real owner.
    await s.goto(`/leads/${changedId}/show`);
    await s.page.locator('[data-testid="lead-owner"]').getByText(realOwner === USERS.rep1.email ? USERS.rep1.name : USERS.rep2.name).waitFor();

    // The next mining lead, through the API, follows the published rule and records the version it was decided under.
    const next = await createLeadByApi(token, miningLead(3));
    const decided = await eventually(async () => {
      const { lead } = await api<{ lead: LiveLead }>('query($id: ID!) { lead(id: $id) { id stage priority owner { email } classification { policyVersion } } }', { id: next }, token);
      return lead.owner ? lead : undefined;
    }, 'the next lead\'s owner');
    expect(decided.owner!.email).toBe(USERS.rep2.email);
    expect(decided.classification!.policyVersion).toMatch(new RegExp(`\\+r${version}$`));
    await s.goto(`/leads/${next}/show`);
    await s.page.locator('[data-testid="lead-owner"]').getByText(USERS.rep2.name).waitFor();
    await s.shot('09-next-lead-follows-rule');
    await s.expectClean();
  } finally {
    await s.close();
  }
  // The console has no audit screen; the publish is in the audit log all the same.
  const { auditLog } = await api<{ auditLog: Array<{ entityId: string; action: string; actor: { email: string } | null }> }>(
    '{ auditLog(entity: "policy_version", first: 5) { entityId action actor { email } } }', {}, token);
  expect(auditLog[0]).toEqual({ entityId: String((publishedBefore ?? 1) + 1), action: 'PUBLISH', actor: { email: USERS.ops.email } });
});

it('the policy draft screen and a simulation read well on a phone', async () => {
  const s = await Session.open(browser, 'mobile');
  try {
    await s.login('ops');
    await s.goto('/policy-draft');
    await s.page.locator('[data-state]').waitFor();
    await s.page.locator('[data-action="simulate"]').click();
    await s.page.locator('[data-simulation] [data-rep-load]').waitFor();
    const overflow = await s.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    await s.shot('09-policy-draft');
    expect(overflow).toBeLessThanOrEqual(0);
    await s.expectClean();
  } finally {
    await s.close();
  }
});
