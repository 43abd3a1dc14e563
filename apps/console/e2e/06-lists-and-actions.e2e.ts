/** Saved views on the lead list, bulk reassign for sales ops, and the overview's note and close actions. */
import type { Browser } from 'playwright-core';
import { apiToken, createLeadByApi, eventually, launchBrowser, leadById, Session, USERS } from './support';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const run = Date.now().toString(36);

/** Two sales-ready leads of a company of their own (so they are never merged as duplicates of earlier ones). */
async function createTwoLeads(company: string): Promise<string[]> {
  const token = await apiToken('ops');
  const ids = [];
  for (const [name, title] of [['Diego Ruiz', 'Director de Sistemas'], ['Paola Gómez', 'CIO']] as const) {
    ids.push(await createLeadByApi(token, {
      fullName: name, jobPosition: title, email: `${name.split(' ')[0]!.toLowerCase()}@${company.toLowerCase().replace(/[^a-z0-9]+/g, '-')}.mx`, companyName: company, industry: 'Retail',
      location: 'Guadalajara, México', description: 'Necesitamos cotización esta semana para respaldo de 40 tiendas',
    }));
  }
  for (const id of ids) await eventually(async () => !!(await leadById(token, id)).owner, 'an owner');
  return ids;
}

it('a manager saves a filtered view and comes back to it', async () => {
  const s = await Session.open(browser, 'desktop');
  try {
    await s.login('manager');
    await s.goto(`/leads?filter=${encodeURIComponent(JSON.stringify({ priority: ['P1'] }))}`);
    await s.page.locator('tbody tr').first().waitFor();
    await s.page.getByRole('button', { name: 'Add filter' }).click();
    await s.page.getByRole('menuitem', { name: 'Save current query...' }).click();
    await s.page.getByLabel('Query name').fill('Hot P1 leads');
    await s.page.getByRole('button', { name: 'Save' }).click();
    await s.page.getByRole('button', { name: 'Add filter' }).click();
    await s.page.getByRole('menuitem', { name: 'Remove all filters' }).click();
    await s.page.waitForURL((url) => !decodeURIComponent(url.hash).includes('P1'));
    await s.page.getByRole('button', { name: 'Add filter' }).click();
    await s.shot('06-saved-view-menu');
    await s.page.getByRole('menuitem', { name: 'Hot P1 leads' }).click();
    await s.page.waitForURL((url) => decodeURIComponent(url.hash).includes('"priority":["P1"]'));
    await s.page.locator('tbody tr').first().waitFor();
    await s.shot('06-saved-view');
    await s.expectClean();
  } finally {
    await s.close();
  }
});

it('sales ops reassigns two leads to Rita in one go', async () => {
  const company = `Logística Pacífico ${run.toUpperCase()}`;
  const ids = await createTwoLeads(company);
  const s = await Session.open(browser, 'desktop');
  try {
    await s.login('ops');
    await s.goto(`/leads?filter=${encodeURIComponent(JSON.stringify({ q: company }))}`);
    await expect(eventually(async () => (await s.page.locator('tbody tr').count()) === 2, 'the two leads')).resolves.toBe(true);
    await s.page.getByRole('checkbox', { name: 'Select all' }).check();
    await s.page.getByTestId('bulk-reassign').click();
    await s.page.getByRole('combobox', { name: 'New owner' }).click();
    await s.page.getByRole('option', { name: new RegExp(USERS.rep1.name) }).click();
    await s.shot('06-bulk-reassign');
    await s.page.getByRole('button', { name: 'Reassign', exact: true }).last().click();
    await s.page.getByText('2 leads reassigned').waitFor();
    const token = await apiToken('ops');
    for (const id of ids) await eventually(async () => (await leadById(token, id)).owner?.email === USERS.rep1.email, 'Rita to own the lead');
    await s.expectClean();
  } finally {
    await s.close();
  }
});

it('a note and a lost reason land on the timeline; the lead is closed', async () => {
  const [id] = await createTwoLeads(`Abarrotes del Bajío ${run.toUpperCase()}`);
  const s = await Session.open(browser, 'mobile');
  try {
    await s.login('ops');
    await s.goto(`/leads/${id}/show`);
    await s.page.locator('[data-testid="lead-overview"][data-stage]').first().waitFor();
    await s.page.getByTestId('add-note').click();
    await s.page.getByTestId('note-text').fill('Llamé, pide propuesta por correo');
    await s.page.getByTestId('dialog-confirm').click();
    await s.page.locator('[data-testid="timeline"]').getByText('Llamé, pide propuesta por correo').waitFor();
    await s.page.getByTestId('close-lead').click();
    await s.page.locator('[data-outcome="LOST"]').click();
    await expect(s.page.getByTestId('dialog-confirm').isDisabled()).resolves.toBe(true);
    await s.page.getByTestId('close-reason').fill('Eligió a la competencia por precio');
    await s.page.getByTestId('dialog-confirm').click();
    await s.page.locator('[data-testid="lead-overview"][data-status="CLOSED"]').waitFor({ timeout: 30_000 });
    await s.shot('06-lead-closed-lost');
    await s.expectClean();
  } finally {
    await s.close();
  }
  const lead = await leadById(await apiToken('ops'), id!);
  expect(lead.status).toBe('CLOSED');
});

it('a manager uploads a CSV of leads and reads the per-row report', async () => {
  const domain = `ferreteria-${run}.mx`;
  const csv = [
    'Full Name,Email,Job Position,Company Name,Industry,Location,Description',
    `Luis Herrera,luis@${domain},Gerente de Compras,Ferretería ${run},Retail,"Puebla, México",Queremos cotizar respaldo para 12 sucursales`,
    `Sin Correo,,CEO,Ferretería ${run},Retail,"Puebla, México",Necesitamos ayuda`,
  ].join('\n');
  const s = await Session.open(browser, 'desktop');
  try {
    await s.login('manager');
    await s.goto('/leads/create');
    await s.page.locator('input[type="file"]').setInputFiles({ name: 'leads.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    const dialog = s.page.getByRole('dialog');
    await dialog.getByText(/1 imported, 0 duplicates, 1 failed/).waitFor();
    await dialog.getByRole('cell', { name: 'email' }).waitFor();
    await s.shot('06-csv-upload-report');
    await s.expectClean();
  } finally {
    await s.close();
  }
});
