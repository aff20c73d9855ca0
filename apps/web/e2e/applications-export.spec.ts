import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { applyThroughApi } from './admissions.api';
import { DEMO_PASSWORD, STAFF, login, openMenu } from './helpers';

test('the staff filters « Candidatures » on missing documents and eligibility, then exports the list as CSV', async ({
  page,
  playwright,
  baseURL,
}) => {
  const email = `candidat.export.${Date.now()}@example.org`;
  const publicApi = await playwright.request.newContext({ baseURL });
  try {
    // A DEAS holder who has not sent any document yet: eligible, three documents missing.
    const { reference } = await applyThroughApi(publicApi, email);
    const row = page.getByRole('row').filter({ hasText: reference });
    const choose = async (filter: string, option: string) => {
      await page.getByRole('combobox', { name: filter }).click();
      await page.getByRole('option', { name: option, exact: true }).click();
    };

    await test.step('the staff opens « Candidatures » and filters on « Pièces manquantes : oui »', async () => {
      await login(page, STAFF, DEMO_PASSWORD);
      await openMenu(page, 'Candidatures');
      await choose('Pièces manquantes', 'Oui');
      await expect(page).toHaveURL(/missingDocuments/);
      await page.getByRole('textbox', { name: /Rechercher/ }).fill(email);
      // The header and this application only, once the search has applied.
      await expect(page.getByRole('row')).toHaveCount(2);
      await expect(row).toHaveCount(1);
      await expect(row.getByText('Éligible', { exact: true })).toBeVisible();
      await expect(row.getByRole('cell', { name: '3', exact: true })).toBeVisible();
    });

    await test.step('the export downloads the filtered list', async () => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporter (CSV)' }).click()]);
      expect(download.suggestedFilename()).toMatch(/^candidatures-\d{4}-\d{2}-\d{2}\.csv$/);
      const text = await readFile(await download.path(), 'utf8');
      expect(text).toContain('Référence;Nom;Prénom');
      expect(text).toContain(`${reference};Garnier;Manon`);
      expect(text.trim().split(/\r?\n/)).toHaveLength(2);
    });

    await test.step('the other filters leave the application out when it does not match', async () => {
      await choose('Pièces manquantes', 'Non');
      await expect(row).toHaveCount(0);
      await choose('Pièces manquantes', 'Oui');
      await expect(row).toHaveCount(1);
      await choose('Éligibilité', 'Non éligible');
      await expect(row).toHaveCount(0);
      await choose('Éligibilité', 'Éligible');
      await expect(row).toHaveCount(1);
      await page.screenshot({ path: 'test-results/applications-filtered.png', fullPage: true });
    });
  } finally {
    await publicApi.dispose();
  }
});
