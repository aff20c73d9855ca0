import { expect, test, type Browser, type BrowserContextOptions, type Page } from '@playwright/test';
import { parisDay, parisTime } from '../src/lib/dates';
import { formatMinutes } from '../src/lib/duration';
import { DEMO_PASSWORD, PHONE, SCHOOL_ADMIN, STAFF, login, openMenu } from './helpers';
import { largestContentfulPaint, recordLcp } from './lcp';
import { apiLogin, attendedMinutes, createSession, firstBlock, freshCohort, freshTrainee, freshTrainer } from './training.api';

const MINUTE = 60_000;
const PASSWORD = 'Mot-de-passe-e2e-2026';

/** From 10 minutes ago to 50 minutes ahead, Paris time, kept within today (00:00–23:59). */
function slotAroundNow(now = Date.now()) {
  const today = parisDay(new Date(now));
  const start = parisDay(new Date(now - 10 * MINUTE)) === today ? parisTime(new Date(now - 10 * MINUTE)) : '00:00';
  const end = parisDay(new Date(now + 50 * MINUTE)) === today ? parisTime(new Date(now + 50 * MINUTE)) : '23:59';
  return { today, start, end };
}

const newContext = (browser: Browser, phone = false, options: BrowserContextOptions = {}) =>
  browser.newContext({ locale: 'fr-FR', timezoneId: 'Europe/Paris', ...(phone ? PHONE : {}), ...options });

/** The cohort dashboard shows the trainee's attended hours in the block's column, and its charts are drawn. */
async function expectDashboard(page: Page, traineeName: string, blockCode: string, hours: { column: number; minutes: number }) {
  const row = page.getByRole('table', { name: 'Heures par stagiaire et par bloc' }).getByRole('row').filter({ hasText: traineeName });
  await expect(row.getByRole('cell').nth(hours.column)).toContainText(`${formatMinutes(hours.minutes)} /`);
  // The charts (recharts, loaded on demand) are drawn before the page counts as rendered.
  await expect(page.getByRole('figure', { name: new RegExp(`^${blockCode} `) }).locator('.recharts-surface')).toBeVisible();
}

test('a trainee signs on a phone, the trainer countersigns, the hours reach the cohort dashboard', async ({
  page,
  browser,
  playwright,
  baseURL,
}, testInfo) => {
  const staffApi = await playwright.request.newContext({ baseURL });
  const adminApi = await playwright.request.newContext({ baseURL });
  const phone = await newContext(browser, true);
  const staffContext = await newContext(browser);
  try {
    // (a) Through the API, as the school would: a cohort running today, a trainer and a trainee invited
    // and activated from their e-mails, and a session of that cohort running now.
    const { today, start, end } = slotAroundNow();
    const me = await apiLogin(staffApi, STAFF);
    await apiLogin(adminApi, SCHOOL_ADMIN);
    const versions = await (await staffApi.get('/api/v1/referential/versions')).json();
    const current = versions.find((v: { code: string }) => v.code === 'RNCP40913');
    const cohort = await freshCohort(staffApi, current.id, today);
    const trainer = await freshTrainer(adminApi, PASSWORD);
    const trainee = await freshTrainee(staffApi, adminApi, cohort.id, PASSWORD);
    const { block, module } = await firstBlock(staffApi, cohort.versionId);
    expect(me.role).toBe('staff');
    const before = await attendedMinutes(staffApi, cohort.id, trainee.id, block.id);
    const session = await createSession(staffApi, cohort.id, {
      blockId: block.id,
      moduleId: module.id,
      date: today,
      startTime: start,
      endTime: end,
      trainerId: trainer.id,
      room: 'Salle E2E',
      videoUrl: null,
    });
    const time = `${session.startTime} – ${session.endTime}`;
    const traineeName = `${trainee.lastName} ${trainee.firstName}`;

    await test.step('(b) the trainer opens the sheet from « Mes séances »: the trainee has not signed', async () => {
      await login(page, trainer.email, PASSWORD);
      await openMenu(page, 'Mes séances');
      await page.getByRole('link', { name: new RegExp(time) }).click();
      await expect(page.getByRole('heading', { name: "Feuille d'émargement" })).toBeVisible();
      const row = page.getByRole('listitem', { name: traineeName });
      await expect(row).toBeVisible();
      await expect(row.getByText('Pas encore signé')).toBeVisible();
    });

    const signedAt = await test.step('(c) on a phone, the trainee signs from « Mes séances du jour »', async () => {
      const mobile = await phone.newPage();
      await login(mobile, trainee.email, PASSWORD);
      await expect(mobile.getByRole('heading', { name: 'Mes séances du jour' })).toBeVisible();
      const card = mobile.getByRole('article').filter({ hasText: time });
      await card.getByRole('button', { name: 'Signer' }).click();
      const signed = card.getByText(/Présence signée à \d{2}:\d{2}/);
      await expect(signed).toBeVisible();
      await expect(card.getByRole('button', { name: 'Signer' })).toHaveCount(0);
      await mobile.screenshot({ path: 'test-results/trainee-sign.png', fullPage: true });
      return /\d{2}:\d{2}/.exec((await signed.textContent()) ?? '')?.[0] ?? '';
    });

    await test.step('(d) the trainer sees the signature time and countersigns', async () => {
      await page.reload();
      const row = page.getByRole('listitem', { name: traineeName });
      await expect(row.getByText(`Signé à ${signedAt}`)).toBeVisible();
      await page.getByRole('button', { name: 'Contresigner la feuille' }).click();
      await expect(page.getByText(/Feuille contresignée le/)).toBeVisible();
      await expect(page.getByRole('button', { name: 'Télécharger la feuille (PDF)' })).toBeVisible();
      await page.screenshot({ path: 'test-results/attendance-sheet.png', fullPage: true });
    });

    const after = await attendedMinutes(staffApi, cohort.id, trainee.id, block.id);
    const dashboardUrl = await test.step("(e) the staff's cohort dashboard counts the session in the trainee's hours", async () => {
      expect(after.minutes).toBe(before.minutes + session.minutes);
      const staff = await staffContext.newPage();
      await login(staff, STAFF, DEMO_PASSWORD);
      await openMenu(staff, 'Sessions de formation');
      await staff.getByRole('textbox', { name: /Rechercher/ }).fill(cohort.name);
      await staff.getByRole('cell', { name: cohort.name, exact: true }).first().click();
      await staff.getByRole('tab', { name: 'Tableau de bord' }).click();
      await expectDashboard(staff, traineeName, block.code, after);
      await staff.screenshot({ path: 'test-results/cohort-dashboard.png', fullPage: true });
      return staff.url();
    });

    await test.step('(f) the dashboard opened from its address, cold cache: its Largest Contentful Paint is recorded', async () => {
      // A new context (empty HTTP cache) with the staff's session; no click before the measure (it would end LCP).
      const cold = await newContext(browser, false, { storageState: await staffContext.storageState() });
      try {
        const dashboard = await cold.newPage();
        await dashboard.goto(dashboardUrl);
        await expectDashboard(dashboard, traineeName, block.code, after);
        const lcp = await largestContentfulPaint(dashboard);
        expect(lcp, 'the browser reported a Largest Contentful Paint').not.toBeNull();
        expect(lcp!.ms).toBeGreaterThan(0);
        await recordLcp(testInfo, 'cohort dashboard (/cohorts/:id/show/tableau-de-bord)', lcp!);
      } finally {
        await cold.close();
      }
    });
  } finally {
    await Promise.all([phone.close(), staffContext.close(), staffApi.dispose(), adminApi.dispose()]);
  }
});
