/**
 * A Brazilian sales team reads the console in Portuguese: the dashboard (with the model/rules disagreement chart) and a
 * lead's overview, where who is writing is named in Portuguese and the lead's own words are quoted exactly as written.
 */
import type { Browser } from 'playwright-core';
import { api, apiToken, createLeadByApi, eventually, launchBrowser, Session } from './support';

// What the overview should call each kind in Portuguese (src/i18n/pt.ts, leadops.intent).
const INTENT_PT: Record<string, string> = {
  BUYER: 'Comprador', JOB_SEEKER: 'Procura emprego', VENDOR_PITCH: 'Fornecedor oferecendo serviços', PARTNER_OR_RESELLER: 'Parceiro ou revenda',
  COMPETITOR: 'Concorrente', PERSONAL: 'Pessoa física', STUDENT: 'Estudante', SPAM: 'Spam', UNCLEAR: 'Não está claro',
};

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

it('switches to Portuguese and shows the intent of a lead in Portuguese, quoting the lead as written', async () => {
  const token = await apiToken('ops');
  const description = 'Olá! Estou enviando meu currículo para a vaga de analista de logística; tenho 5 anos de experiência em armazéns.';
  const id = await createLeadByApi(token, {
    fullName: 'João Pereira', email: 'joao.pereira.cv@gmail.com', jobPosition: 'Analista de logística', location: 'Campinas, Brasil', description,
  });
  const intent = await eventually(async () => {
    const data = await api<{ lead: { intent: { kind: string; evidence: string[] } | null } }>('query($id: ID!) { lead(id: $id) { intent { kind evidence } } }', { id }, token);
    return data.lead.intent ?? undefined;
  }, 'the lead classified with an intent');

  const s = await Session.open(browser, 'desktop');
  try {
    await s.login('ops');
    await s.page.locator('[data-testid="locale-switcher"]').click();
    await s.page.locator('[data-locale="pt-BR"]').click();
    await s.page.getByText('Divergências de etapa entre modelo e regras por dia').waitFor();
    await s.page.getByText('Cumprimento do SLA').waitFor();
    await s.shot('08-pt-dashboard');

    await s.goto(`/leads/${id}/show`);
    await s.page.getByText('Visão geral do lead (análise de IA)').waitFor();
    const shown = s.page.locator('[data-testid="lead-intent"]');
    await shown.getByText('Quem está escrevendo').waitFor();
    expect(await shown.getAttribute('data-intent')).toBe(intent.kind);
    await shown.getByText(INTENT_PT[intent.kind]!, { exact: true }).waitFor();
    // The evidence is the lead's words, untranslated and unchanged (the page draws the quotation marks itself).
    const quoted = await shown.locator('[data-testid="intent-evidence"]').allTextContents();
    expect(quoted).toEqual(intent.evidence.map((words) => words.replace(/^"([\s\S]*)"$/, '$1')));
    for (const words of quoted) expect(`${description} Analista de logística joao.pereira.cv@gmail.com`).toContain(words);
    await s.page.getByText('Classificação e próximos passos').waitFor();
    await s.shot('08-pt-lead-overview');
    await s.expectClean();
  } finally {
    await s.close();
  }
});
