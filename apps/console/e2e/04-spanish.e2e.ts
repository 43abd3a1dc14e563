/** A Mexican user switches the console to Spanish from the app bar; the choice sticks after a reload. */
import type { Browser } from 'playwright-core';
import { launchBrowser, Session } from './support';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

it.each(['desktop', 'mobile'] as const)('switches to Spanish and stays there (%s)', async (viewport) => {
  const s = await Session.open(browser, viewport);
  try {
    await s.login('ops');
    await s.page.locator('[data-testid="locale-switcher"]').click();
    await s.page.locator('[data-locale="es"]').click();
    await s.page.locator('h1', { hasText: 'Indicadores' }).waitFor();
    await s.shot('04-es-dashboard');

    await s.page.reload();
    await s.page.locator('h1', { hasText: 'Indicadores' }).waitFor();
    await s.openMenu();
    await s.page.locator('[data-menu="/my-queue"]').getByText('Mi cola').waitFor();
    await s.page.locator('[data-menu="/routingRules"]').getByText('Reglas de asignación').waitFor();
    await s.shot('04-es-menu');
    await s.closeMenu();

    await s.goto('/leads/create');
    await s.page.getByText('Correo a notificar').first().waitFor();
    await s.page.getByRole('button', { name: 'Agregar lead', exact: true }).click();
    await s.page.getByText('El nombre completo es obligatorio').waitFor();
    await s.page.getByText('El correo es obligatorio').waitFor();
    await s.shot('04-es-add-lead');

    await s.goto('/leads');
    await s.page.getByPlaceholder('Buscar…').waitFor();
    if (!s.isMobile) await s.page.getByRole('columnheader', { name: 'Nombre', exact: true }).waitFor();
    await s.shot('04-es-leads');
    const first = s.isMobile ? s.page.locator('[data-lead]').first() : s.page.locator('tbody tr').first();
    await first.click();
    await s.page.getByText('Información del lead').waitFor();
    await s.page.getByText('Clasificación y siguientes pasos').waitFor();
    await s.shot('04-es-lead-overview');
    await s.expectClean();
  } finally {
    await s.close();
  }
});
