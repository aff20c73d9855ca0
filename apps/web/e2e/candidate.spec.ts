import { expect, test, type APIRequestContext } from '@playwright/test';
import type { OutboxMessage, OutboxMessageDetail } from '../src/api/types';
import { ONE_PIXEL_PNG, minimalPdf } from './files';
import { PHONE, SCHOOL_ADMIN } from './helpers';
import { apiLogin } from './training.api';

// The demo seed opens the demo cohort to applications; each run applies with an e-mail of its own.
test.use(PHONE);

/** The path of the personal link e-mailed to `email`, read in the outbox by the school administrator. */
async function personalLink(adminApi: APIRequestContext, email: string): Promise<string> {
  let text = '';
  await expect(async () => {
    const list = await adminApi.get('/api/v1/outbox', { params: { q: email } });
    expect(list.ok()).toBeTruthy();
    const { items } = (await list.json()) as { items: OutboxMessage[] };
    expect(items.length).toBeGreaterThan(0);
    const message = await adminApi.get(`/api/v1/outbox/${items[0].id}`);
    expect(message.ok()).toBeTruthy();
    text = ((await message.json()) as OutboxMessageDetail).text;
  }).toPass({ timeout: 20_000 });
  const path = /\/candidature\/[A-Za-z0-9_-]+/.exec(text)?.[0];
  expect(path, `no personal link in the e-mail to ${email}`).toBeTruthy();
  return path!;
}

test('on a phone, a candidate applies, uploads three documents and sends the file', async ({ page, playwright, baseURL }) => {
  const email = `candidat.e2e.${Date.now()}@example.org`;
  const adminApi = await playwright.request.newContext({ baseURL });
  try {
    await test.step('the candidate fills the application form for the first open session', async () => {
      await page.goto('/candidater/demo');
      await expect(page.getByRole('heading', { name: 'Candidater au CQP Assistant(e) médical(e)' })).toBeVisible();
      await page.getByLabel('Session souhaitée').click();
      await page.getByRole('option').first().click();
      await page.getByLabel('Nom de famille').fill('Lefèvre');
      await page.getByLabel('Prénom').fill('Inès');
      await page.getByLabel('Adresse e-mail').fill(email);
      await page.getByLabel('Téléphone').fill('06 12 34 56 78');
      await page.getByRole('radio', { name: 'Aide-soignant(e)' }).check();
      await page.getByRole('checkbox', { name: /\(DEAS\)/ }).check();
      await page.getByLabel("Années d'expérience comme secrétaire médical(e)").fill('1');
      await page.getByLabel('Financement envisagé').click();
      await page.getByRole('option', { name: /CPF/ }).click();
      await page.getByRole('button', { name: 'Envoyer ma candidature' }).click();
      await expect(page.getByRole('heading', { name: 'Candidature enregistrée' })).toBeVisible();
      await expect(page.getByText(/^C-[A-Z0-9]{6}$/)).toBeVisible();
      await expect(page.getByText(email)).toBeVisible();
    });

    await apiLogin(adminApi, SCHOOL_ADMIN);
    const link = await test.step('the personal link arrives by e-mail', () => personalLink(adminApi, email));

    await test.step('the candidate opens the file and uploads the CV, the letter and the diploma', async () => {
      await page.goto(link);
      await expect(page.getByRole('heading', { name: 'Mon dossier de candidature' })).toBeVisible();
      await expect(page.getByRole('button', { name: 'Envoyer mon dossier' })).toBeDisabled();
      const pdf = minimalPdf();
      const uploads = [
        { label: 'CV', file: { name: 'cv-ines-lefevre.pdf', mimeType: 'application/pdf', buffer: pdf } },
        { label: 'Lettre de motivation', file: { name: 'lettre-motivation.pdf', mimeType: 'application/pdf', buffer: pdf } },
        { label: 'Copie du diplôme', file: { name: 'diplome-deas.png', mimeType: 'image/png', buffer: ONE_PIXEL_PNG } },
      ];
      for (const { label, file } of uploads) {
        const item = page.getByRole('listitem', { name: label, exact: true });
        await expect(item.getByText('À déposer', { exact: true })).toBeVisible();
        await item.locator('input[type="file"]').setInputFiles(file);
        await expect(item.getByRole('progressbar', { name: `Envoi : ${label}` })).toHaveAttribute('aria-valuenow', '100');
        await expect(item.getByText('Reçu', { exact: true })).toBeVisible();
        await expect(item.getByText(`Fichier : ${file.name}`)).toBeVisible();
      }
      for (const { label } of uploads) {
        await expect(page.getByRole('progressbar', { name: `Envoi : ${label}` })).toHaveAttribute('aria-valuenow', '100');
      }
      await expect(page.getByText('Fichier envoyé.')).toHaveCount(uploads.length);
    });

    await test.step('the candidate sends the file and sees it submitted', async () => {
      const submit = page.getByRole('button', { name: 'Envoyer mon dossier' });
      await expect(submit).toBeEnabled();
      await submit.click();
      await expect(page.getByText('Déposée', { exact: true })).toBeVisible();
      await expect(page.getByText("Votre dossier a été envoyé à l'école")).toBeVisible();
      await expect(page.getByRole('button', { name: 'Envoyer mon dossier' })).toHaveCount(0);
      await page.screenshot({ path: 'test-results/candidate-file.png', fullPage: true });
    });
  } finally {
    await adminApi.dispose();
  }
});
