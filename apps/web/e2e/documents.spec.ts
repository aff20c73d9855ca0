import { expect, test, type Page } from '@playwright/test';
import { parisDay } from '../src/lib/dates';
import { DEMO_PASSWORD, PHONE, SCHOOL_ADMIN, STAFF, login, openMenu, openPhoneMenu } from './helpers';
import { readyTrainee, type ReadySetup } from './documents.api';
import { juryName, retireEpreuves } from './juries.api';
import { apiLogin } from './training.api';

/** A whole-page screenshot from the top, no tooltip open. */
async function shot(page: Page, name: string) {
  await page.mouse.move(0, 0);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `test-results/${name}.png`, fullPage: true, animations: 'disabled' });
}

/** Clicks what downloads a file; resolves with the name the browser saves it under. */
async function downloadedName(page: Page, click: () => Promise<void>) {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return download.suggestedFilename();
}

const FR_DAY = (day: string) => day.split('-').reverse().join('/');

test('staff award the CQP, generate the PV and the cohort’s attestations, record a prior validation; the trainee downloads a convocation', async ({
  page,
  browser,
  playwright,
  baseURL,
}) => {
  const staffApi = await playwright.request.newContext({ baseURL });
  const adminApi = await playwright.request.newContext({ baseURL });
  let setup: ReadySetup | undefined;
  try {
    const today = parisDay();
    await apiLogin(staffApi, STAFF);
    await apiLogin(adminApi, SCHOOL_ADMIN);
    setup = await readyTrainee(staffApi, adminApi, today);
    const name = juryName(setup.trainee);
    await page.setViewportSize({ width: 1440, height: 900 });
    await login(page, STAFF, DEMO_PASSWORD);
    await expect(page).not.toHaveURL(/\/login/);

    await test.step('jury page: « Prêt », « Décerner le CQP » confirmed, then « CQP décerné le … »', async () => {
      await page.goto(`/juries/${setup!.juryId}?promotion=${setup!.cohort.id}`);
      const line = page.getByRole('list', { name: 'Stagiaires présentés au jury' }).getByRole('listitem', { name });
      await expect(line.getByRole('button', { name: 'Prêt' })).toBeVisible();
      await line.getByRole('button', { name: 'Décerner le CQP' }).click();
      const dialog = page.getByRole('dialog', { name: `Décerner le CQP à ${name} ?` });
      await dialog.getByRole('button', { name: 'Décerner le CQP' }).click();
      await expect(line.getByText(`CQP décerné le ${FR_DAY(today)}`)).toBeVisible();
      await expect(line.getByRole('button', { name: 'Décerner le CQP' })).toBeHidden();
    });

    await test.step('« Procès-verbal (PDF) »: the worker renders it, the file downloads as a PDF', async () => {
      await page.getByRole('button', { name: 'Procès-verbal (PDF)' }).click();
      await expect(page.getByRole('status').filter({ hasText: 'Documents prêts' })).toContainText('Documents prêts : 1 / 1', {
        timeout: 30_000,
      });
      const files = page.getByRole('list', { name: 'Fichiers à télécharger' });
      const file = files.getByRole('button', { name: /^Télécharger / });
      await expect(file).toHaveCount(1);
      await shot(page, 'documents-jury');
      const saved = await downloadedName(page, () => file.click());
      expect(saved).toMatch(/\.pdf$/);
    });

    await test.step('cohort « Documents »: attestations de fin de formation, progress up to 1 / 1, the file to download', async () => {
      await page.goto(`/cohorts/${setup!.cohort.id}/show/documents`);
      await page.getByRole('button', { name: 'Attestations de fin de formation' }).click();
      await expect(page.getByRole('status')).toContainText('Documents prêts : 1 / 1', { timeout: 30_000 });
      await page.getByRole('button', { name: 'Certificats de réalisation' }).click();
      await expect(page.getByRole('status').nth(1)).toContainText('Documents prêts : 1 / 1', { timeout: 30_000 });
      await expect(page.getByRole('button', { name: /^Télécharger .*\.pdf$/ })).toHaveCount(2);
      await shot(page, 'documents-cohort');
      const saved = await downloadedName(page, () =>
        page
          .getByRole('button', { name: /^Télécharger .*\.pdf$/ })
          .first()
          .click(),
      );
      expect(saved).toMatch(/\.pdf$/);
    });

    await test.step('trainee « Résultats »: a convocation per attempt; a VAE validation added, then removed with a reason', async () => {
      await page.goto(`/trainees/${setup!.trainee.id}/show/resultats`);
      const bc01 = page.getByRole('region', { name: /^BC01 — / });
      const saved = await downloadedName(page, () => bc01.getByRole('button', { name: 'Télécharger la convocation du passage 1' }).click());
      expect(saved).toMatch(/\.pdf$/);

      const prior = page.getByRole('region', { name: 'Validations antérieures' });
      await expect(prior).toContainText('Aucune validation antérieure.');
      await prior.getByRole('button', { name: 'Ajouter' }).click();
      const dialog = page.getByRole('dialog', { name: 'Ajouter une validation antérieure' });
      await dialog.getByRole('combobox', { name: 'Bloc de compétences' }).click();
      await page.getByRole('option', { name: /^BC03 — / }).click();
      await dialog.getByRole('radio', { name: 'VAE' }).check();
      await dialog.getByLabel('Date de validation').fill('2025-06-12');
      await dialog.getByRole('textbox', { name: 'Référence de la décision' }).fill('Jury VAE du 12/06/2025, DREETS');
      await dialog.getByRole('button', { name: 'Enregistrer' }).click();
      await expect(dialog).toBeHidden();
      await expect(prior).toContainText('VAE · validé le 12/06/2025');
      await expect(prior).toContainText('Jury VAE du 12/06/2025, DREETS');
      await shot(page, 'documents-prior');

      await prior.getByRole('button', { name: 'Retirer la validation antérieure de BC03' }).click();
      const remove = page.getByRole('dialog', { name: 'Retirer la validation antérieure de BC03 ?' });
      await remove.getByRole('textbox', { name: 'Motif' }).fill('Saisie sur le mauvais stagiaire');
      await remove.getByRole('button', { name: 'Retirer' }).click();
      await expect(remove).toBeHidden();
      await expect(prior).toContainText('Aucune validation antérieure.');
    });

    await test.step('« Établissement » as staff: read only', async () => {
      await openMenu(page, 'Établissement');
      await expect(page.getByRole('heading', { name: 'Établissement', level: 1 })).toBeVisible();
      await expect(page.getByText('Seule la direction de l’école peut modifier ces informations.')).toBeVisible();
      await expect(page.getByRole('button', { name: 'Enregistrer' })).toBeHidden();
    });

    await test.step('the trainee, on a phone, downloads a convocation from « Mes résultats »', async () => {
      const phone = await browser.newContext({ ...PHONE, baseURL, locale: 'fr-FR', timezoneId: 'Europe/Paris' });
      try {
        const mobile = await phone.newPage();
        await login(mobile, setup!.trainee.email, DEMO_PASSWORD);
        await openPhoneMenu(mobile, 'Mes résultats');
        const bc02 = mobile.getByRole('region', { name: /^BC02 — / });
        const saved = await downloadedName(mobile, () =>
          bc02.getByRole('button', { name: 'Télécharger la convocation du passage 1' }).click(),
        );
        expect(saved).toMatch(/\.pdf$/);
        await shot(mobile, 'documents-my-results-phone');
      } finally {
        await phone.close();
      }
    });
  } finally {
    if (setup) await retireEpreuves(staffApi, setup.epreuves);
    await staffApi.dispose();
    await adminApi.dispose();
  }
});

test('the school admin sets the letterhead: a wrong SIRET is refused under its field, a right one is saved', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await login(page, SCHOOL_ADMIN, DEMO_PASSWORD);
  await openMenu(page, 'Établissement');
  await expect(page.getByRole('heading', { name: 'Établissement', level: 1 })).toBeVisible();
  await page.getByRole('textbox', { name: 'Adresse' }).fill('12 rue de la République, 69002 Lyon');
  await page.getByRole('textbox', { name: 'Numéro de déclaration d’activité' }).fill('84691234569');
  await page.getByRole('textbox', { name: 'Signataire des documents' }).fill('Claire Dubois, directrice');
  await page.getByRole('textbox', { name: 'Téléphone' }).fill('04 72 00 00 00');
  await page.getByRole('textbox', { name: 'E-mail de contact' }).fill('contact@demo.cqp.local');
  const siret = page.getByRole('textbox', { name: 'SIRET' });
  await siret.fill('732 829 320 00075');
  await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await expect(page.getByText('SIRET invalide (14 chiffres, clé de contrôle)')).toBeVisible();
  await expect(siret).toHaveAttribute('aria-invalid', 'true');
  await shot(page, 'school-siret-refused');

  await siret.fill('732 829 320 00074');
  await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await expect(page.getByText('Informations de l’établissement enregistrées.')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'SIRET' })).toHaveValue('73282932000074');
  await expect(page.getByRole('textbox', { name: 'Signataire des documents' })).toHaveValue('Claire Dubois, directrice');
  await shot(page, 'school-saved');
});
