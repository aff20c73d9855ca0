import { readFile } from 'node:fs/promises';
import { expect, test, type Download, type Page } from '@playwright/test';
import type { Cohort, Trainee } from '../src/api/types';
import { DEMO_PASSWORD, PHONE, STAFF, TRAINEE, login } from './helpers';
import { json } from './training.api';

/** The downloaded file: the name the browser saves it under, and its bytes. */
async function zipOf(download: Download): Promise<{ name: string; bytes: Buffer }> {
  return { name: download.suggestedFilename(), bytes: await readFile(await download.path()) };
}

const clickAndDownload = async (page: Page, button: string) =>
  zipOf((await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]))[0]);

test.describe('RGPD data export', () => {
  test.describe('on a phone', () => {
    test.use(PHONE);
    test('the trainee downloads « Télécharger mes données » from their home', async ({ page }) => {
      await login(page, TRAINEE, DEMO_PASSWORD);
      await expect(page.getByRole('heading', { name: 'Mes séances du jour' })).toBeVisible();
      const zip = await clickAndDownload(page, 'Télécharger mes données');
      expect(zip.name).toMatch(/^donnees-[a-z0-9-]+-\d{4}-\d{2}-\d{2}\.zip$/);
      expect(zip.bytes.subarray(0, 4).toString('latin1')).toBe('PK\u0003\u0004');
      expect(zip.bytes.includes(Buffer.from('donnees.json'))).toBe(true);
    });
  });

  test('the staff exports a trainee’s data from the trainee page', async ({ page }) => {
    await login(page, STAFF, DEMO_PASSWORD);
    await expect(page).not.toHaveURL(/\/login/);
    const cohorts = await json<{ items: Cohort[] }>(await page.request.get('/api/v1/cohorts', { params: { pageSize: 100 } }));
    let trainee: Trainee | undefined;
    for (const cohort of cohorts.items) {
      const page1 = await json<{ items: Trainee[] }>(
        await page.request.get(`/api/v1/cohorts/${cohort.id}/trainees`, { params: { pageSize: 100 } }),
      );
      trainee ??= page1.items.find((t) => t.email === TRAINEE);
    }
    expect(trainee, 'the demo trainee').toBeTruthy();
    await page.goto(`/trainees/${trainee!.id}/show`);
    await expect(page.getByRole('heading', { name: `${trainee!.firstName} ${trainee!.lastName}`, level: 1 })).toBeVisible();
    const zip = await clickAndDownload(
      page,
      `Exporter toutes les données de ${trainee!.firstName} ${trainee!.lastName} (RGPD), export enregistré dans le journal d’audit`,
    );
    expect(zip.name).toMatch(/^donnees-[a-z0-9-]+-\d{4}-\d{2}-\d{2}\.zip$/);
    expect(zip.bytes.subarray(0, 4).toString('latin1')).toBe('PK\u0003\u0004');
  });
});
