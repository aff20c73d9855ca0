import { expect, test } from '@playwright/test';
import { fillApplication, personalLink, sendApplication, uploadDocument } from './candidate.flow';
import { ONE_PIXEL_PNG, minimalPdf } from './files';
import { PHONE, SCHOOL_ADMIN } from './helpers';
import { apiLogin } from './training.api';

// The demo seed opens the demo cohort to applications; each run applies with an e-mail of its own.
test.use(PHONE);

test('on a phone, a candidate applies with an AFGSU attestation, uploads four documents and sends the file', async ({
  page,
  playwright,
  baseURL,
}) => {
  const email = `candidat.e2e.${Date.now()}@example.org`;
  const adminApi = await playwright.request.newContext({ baseURL });
  try {
    await test.step('the candidate declares an AFGSU and a VAE with too few hours: the API says why under the field', async () => {
      await fillApplication(page, email, { level: 2, issuedOn: '2025-03-12' });
      await page.getByLabel('Je candidate par la VAE').check();
      const hours = page.getByLabel("Heures d'expérience en lien avec le métier");
      await expect(page.getByText('Au moins 1 607 h d’expérience en rapport avec la certification.')).toBeVisible();
      await hours.fill('1200');
      await page.getByRole('button', { name: 'Envoyer ma candidature' }).click();
      await expect(page.getByRole('alert').filter({ hasText: /La VAE demande au moins 1\s607 h/ })).toBeVisible();
      await expect(page.getByText(/1\s200 h déclarées/).first()).toBeVisible();
    });

    await test.step('without the VAE, the application is recorded', async () => {
      await page.getByLabel('Je candidate par la VAE').uncheck();
      await sendApplication(page, email);
    });

    await apiLogin(adminApi, SCHOOL_ADMIN);
    const link = await test.step('the personal link arrives by e-mail', () => personalLink(adminApi, email));

    await test.step('the candidate opens the file and uploads the CV, the letter, the diploma and the AFGSU attestation', async () => {
      await page.goto(link);
      await expect(page.getByRole('heading', { name: 'Mon dossier de candidature' })).toBeVisible();
      await expect(page.getByRole('button', { name: 'Envoyer mon dossier' })).toBeDisabled();
      const uploads = [
        { label: 'CV', file: { name: 'cv-ines-lefevre.pdf', mimeType: 'application/pdf', buffer: minimalPdf('CV') } },
        { label: 'Lettre de motivation', file: { name: 'lettre-motivation.pdf', mimeType: 'application/pdf', buffer: minimalPdf('Lettre') } },
        { label: 'Copie du diplôme', file: { name: 'diplome-deas.png', mimeType: 'image/png', buffer: ONE_PIXEL_PNG } },
        { label: 'Attestation AFGSU', file: { name: 'afgsu-niveau-2.pdf', mimeType: 'application/pdf', buffer: minimalPdf('AFGSU') } },
      ];
      for (const upload of uploads) {
        await expect(page.getByRole('listitem', { name: upload.label, exact: true }).getByText('À déposer', { exact: true })).toBeVisible();
        await uploadDocument(page, upload);
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
