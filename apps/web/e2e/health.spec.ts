import { expect, test } from '@playwright/test';
import { traineePath } from '../src/lib/paths';
import { parisDay } from '../src/lib/dates';
import { DEMO_PASSWORD, SCHOOL_ADMIN, STAFF, login, openMenu } from './helpers';
import { apiLogin, freshCohort, freshTrainee } from './training.api';

test('health data: staff record adjustments and vaccinations, the trainee sees their own, direction reads the access log', async ({
  page,
  browser,
  playwright,
  baseURL,
}) => {
  const staffApi = await playwright.request.newContext({ baseURL });
  const adminApi = await playwright.request.newContext({ baseURL });
  try {
    const run = Date.now().toString(36).slice(-6);
    const today = parisDay();
    await apiLogin(staffApi, STAFF);
    await apiLogin(adminApi, SCHOOL_ADMIN);
    const versions = (await (await staffApi.get('/api/v1/referential/versions')).json()) as { id: string; code: string }[];
    const cohort = await freshCohort(staffApi, (versions.find((v) => v.code === 'RNCP40913') ?? versions[0]).id, today);
    const trainee = await freshTrainee(staffApi, adminApi, cohort.id, DEMO_PASSWORD, { lastName: `Santé-${run}`, firstName: 'Nora' });

    await test.step('staff open the tab (nothing yet) and record the record in the dialog', async () => {
      await login(page, STAFF, DEMO_PASSWORD);
      await expect(page).not.toHaveURL(/\/login/);
      await page.goto(`${traineePath(trainee.id)}/sante`);
      await expect(page.getByText('Chaque consultation et chaque modification est enregistrée')).toBeVisible();
      await expect(page.getByText('Aucune situation de handicap déclarée')).toBeVisible();
      await expect(page.getByText('Vaccinations exigées pour un stage (hépatite B, DTP) non à jour')).toBeVisible();
      await page.getByRole('button', { name: 'Modifier' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('RQTH ou situation de handicap reconnue').check();
      await dialog.getByLabel('Tiers-temps').check();
      await dialog.getByLabel('Décidés le').fill(today);
      await dialog.getByLabel('Décidés par').fill('Claire Dubois, référente handicap');
      for (const vaccine of ['Hépatite B', 'DTP (diphtérie, tétanos, poliomyélite)']) {
        await dialog.getByRole('combobox', { name: `${vaccine} : statut` }).click();
        await page.getByRole('option', { name: 'À jour' }).click();
        await dialog.getByLabel(`${vaccine} : vérifiée le`).fill(today);
      }
      await dialog.getByRole('button', { name: 'Enregistrer' }).click();
      await expect(page.getByText('Données enregistrées (modification tracée).')).toBeVisible();
      await expect(page.getByText('RQTH ou situation de handicap reconnue')).toBeVisible();
      await expect(page.getByText('Tiers-temps')).toBeVisible();
      await expect(page.getByText('Vaccinations exigées à jour : le stage peut être proposé.')).toBeVisible();
    });

    await test.step('the trainee sees their own, only when they ask', async () => {
      const context = await browser.newContext();
      const mine = await context.newPage();
      try {
        await login(mine, trainee.email, DEMO_PASSWORD);
        await expect(mine).not.toHaveURL(/\/login/);
        await expect(mine.getByRole('heading', { name: 'Mes aménagements et vaccinations' })).toBeVisible();
        await expect(mine.getByText('Tiers-temps')).toHaveCount(0);
        await mine.getByRole('button', { name: 'Afficher' }).click();
        await expect(mine.getByText('Tiers-temps')).toBeVisible();
      } finally {
        await context.close();
      }
    });

    await test.step('direction reads the journal: the staff read and write, the trainee read', async () => {
      await page.context().clearCookies();
      await login(page, SCHOOL_ADMIN, DEMO_PASSWORD);
      await openMenu(page, 'Accès aux données de santé');
      const rows = page.getByRole('row').filter({ hasText: `Santé-${run}` });
      await expect(rows).toHaveCount(3);
      await expect(rows.filter({ hasText: 'Modification' })).toHaveCount(1);
      await expect(rows.filter({ hasText: 'Sa propre fiche' })).toHaveCount(1);
      // From the trainee's tab (a fourth access, by direction), the journal of this trainee only.
      await page.goto(`${traineePath(trainee.id)}/sante`);
      await expect(page.getByText('Tiers-temps')).toBeVisible();
      await page.getByRole('link', { name: 'Voir les accès à ces données (journal)' }).click();
      await expect(page.getByRole('row').filter({ hasText: 'Consultation' })).toHaveCount(3);
      await expect(page.getByRole('row').filter({ hasText: `Santé-${run}` })).toHaveCount(4);
    });
  } finally {
    await staffApi.dispose();
    await adminApi.dispose();
  }
});
