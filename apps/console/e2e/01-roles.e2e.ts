/** Each role logs in, lands on its home screen and sees only its menu; forbidden screens say so. */
import type { Browser } from 'playwright-core';
import { launchBrowser, Session, type UserKey, type ViewportName } from './support';

const MENUS: Record<'rep1' | 'manager' | 'ops', { home: string; visible: string[]; hidden: string[] }> = {
  rep1: {
    home: '#/my-queue',
    visible: ['/my-queue', '/leads', '/leads/create'],
    hidden: ['/sla-board', '/dashboard', '/company-info', '/routingRules', '/reps', '/sla-settings', '/nurture', '/webhookSubscriptions', '/scoring-models'],
  },
  manager: {
    home: '#/dashboard',
    visible: ['/my-queue', '/leads', '/leads/create', '/sla-board', '/dashboard'],
    hidden: ['/company-info', '/routingRules', '/reps', '/sla-settings', '/nurture', '/webhookSubscriptions', '/scoring-models'],
  },
  ops: {
    home: '#/dashboard',
    visible: ['/my-queue', '/leads', '/leads/create', '/sla-board', '/dashboard', '/company-info', '/routingRules', '/reps', '/sla-settings', '/nurture', '/webhookSubscriptions', '/scoring-models'],
    hidden: [],
  },
};

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(['desktop', 'mobile'] as ViewportName[])('log in as each role (%s)', (viewport) => {
  it.each(Object.keys(MENUS) as Array<keyof typeof MENUS>)('%s sees their home and their menu only', async (user) => {
    const s = await Session.open(browser, viewport);
    try {
      await s.login(user as UserKey);
      const menu = MENUS[user];
      await s.page.waitForURL((url) => url.hash === menu.home);
      await s.page.locator('h1').first().waitFor();
      await s.shot(`01-${user}-home`);
      await s.openMenu();
      for (const to of menu.visible) await expect(s.page.locator(`[data-menu="${to}"]`).count()).resolves.toBe(1);
      for (const to of menu.hidden) await expect(s.page.locator(`[data-menu="${to}"]`).count()).resolves.toBe(0);
      await s.shot(`01-${user}-menu`);
      await s.closeMenu();
      await s.expectClean();
    } finally {
      await s.close();
    }
  });
});

it('a rep who opens a configuration screen is told it is not for them', async () => {
  const s = await Session.open(browser, 'desktop');
  try {
    await s.login('rep1');
    await s.goto('/routingRules');
    await s.page.getByText('Access denied').first().waitFor();
    await s.goto('/company-info');
    await s.page.getByText('Access denied').first().waitFor();
    await s.shot('01-rep1-access-denied');
    await s.expectClean();
  } finally {
    await s.close();
  }
});

it('a wrong password is refused with a message', async () => {
  const s = await Session.open(browser, 'mobile');
  try {
    s.expectApiError(/Wrong e-mail or password/);
    await s.goto('/login');
    await s.page.locator('input[name="username"]').fill('rep1@leadops.dev');
    await s.page.locator('input[name="password"]').fill('not-the-password');
    await s.page.locator('button[type="submit"]').click();
    await s.page.getByText('Wrong e-mail or password').waitFor();
    await s.shot('01-login-refused');
    await s.expectClean();
  } finally {
    await s.close();
  }
});
