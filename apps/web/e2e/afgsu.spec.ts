import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import type { Cohort, Trainee } from '../src/api/types';
import { addDays, parisDay } from '../src/lib/dates';
import { minimalPdf } from './files';
import { DEMO_PASSWORD, PHONE, STAFF, TRAINEE, login, openMenu } from './helpers';
import { apiLogin, freshCohort } from './training.api';

/** A trainee added by the staff to `cohortId` (no account needed: only the staff works on their AFGSU). */
async function addTrainee(staffApi: APIRequestContext, cohortId: string, lastName: string, firstName: string): Promise<Trainee> {
  const email = `${firstName}.${lastName}@demo.cqp.local`
    .normalize('NFD')
    .replace(/[^A-Za-z0-9.@-]/g, '')
    .toLowerCase();
  const response = await staffApi.post(`/api/v1/cohorts/${cohortId}/trainees`, { data: { lastName, firstName, email } });
  expect(response.ok(), await response.text()).toBeTruthy();
  return (await response.json()) as Trainee;
}

/** The count cards of the overview are buttons named « Valide : 2 ». */
const countCard = (page: Page, label: string) => page.getByRole('button', { name: new RegExp(`^${label} : \\d+$`) });

/** Shows the overview of one cohort only (its trainees are this run's, so the counts are known). */
async function showCohort(page: Page, cohort: Cohort) {
  await openMenu(page, 'AFGSU');
  await expect(page.getByRole('heading', { name: /AFGSU — gestes et soins d'urgence/, level: 1 })).toBeVisible();
  await page.getByRole('combobox', { name: 'Session de formation' }).click();
  await page.getByRole('option', { name: cohort.name, exact: true }).click();
  await expect(page).toHaveURL(/promotion=/);
}

test('staff: the AFGSU overview, a session with a CESU, attestations recorded; counts and filters follow', async ({
  page,
  playwright,
  baseURL,
}) => {
  const staffApi = await playwright.request.newContext({ baseURL });
  try {
    // This run's own cohort and two trainees without any AFGSU: « Manquante » for both at first.
    const run = Date.now().toString(36).slice(-6);
    const today = parisDay();
    await apiLogin(staffApi, STAFF);
    const versions = (await (await staffApi.get('/api/v1/referential/versions')).json()) as { id: string; code: string }[];
    const version = versions.find((v) => v.code === 'RNCP40913') ?? versions[0];
    const cohort = await freshCohort(staffApi, version.id, today);
    const ines = await addTrainee(staffApi, cohort.id, `Garnier-${run}`, 'Inès');
    const hugo = await addTrainee(staffApi, cohort.id, `Fabre-${run}`, 'Hugo');
    const inesName = `${ines.lastName.toUpperCase()} ${ines.firstName}`;
    const hugoName = `${hugo.lastName.toUpperCase()} ${hugo.firstName}`;
    const table = page.getByRole('table', { name: 'Statut AFGSU des stagiaires' });
    const rowOf = (name: string) => table.getByRole('row').filter({ hasText: name });

    await test.step('the overview of the cohort: both « Manquante », the reminders to come', async () => {
      await login(page, STAFF, DEMO_PASSWORD);
      await showCohort(page, cohort);
      await expect(countCard(page, 'Manquante')).toHaveAccessibleName('Manquante : 2');
      await expect(countCard(page, 'Valide')).toHaveAccessibleName('Valide : 0');
      await countCard(page, 'Manquante').click();
      await expect(countCard(page, 'Manquante')).toHaveAttribute('aria-pressed', 'true');
      await expect(rowOf(inesName).getByText('Manquante')).toBeVisible();
      await expect(rowOf(hugoName).getByText('Aucune attestation AFGSU : à programmer.')).toBeVisible();
      await expect(page.getByRole('heading', { name: 'Rappels à venir' })).toBeVisible();
    });

    const cesu = `CESU E2E ${run}`;
    const firstDay = addDays(today, -7);
    await test.step('« Nouvelle session »: two days last week, 8 places; the page warns about the group size', async () => {
      await page.getByRole('tab', { name: 'Sessions' }).click();
      await page.getByRole('button', { name: 'Nouvelle session' }).click();
      const dialog = page.getByRole('dialog', { name: 'Nouvelle session' });
      await dialog.getByRole('textbox', { name: 'CESU' }).fill(cesu);
      await dialog.getByRole('textbox', { name: 'Formateur (facultatif)' }).fill('Dr Claire Petit');
      await dialog.getByRole('textbox', { name: 'Lieu (facultatif)' }).fill('Salle de simulation');
      await dialog.getByRole('spinbutton', { name: 'Capacité' }).fill('8');
      await dialog.getByLabel('Date').first().fill(firstDay);
      await dialog.getByRole('button', { name: 'Ajouter une journée' }).click();
      await expect(dialog.getByLabel('Date').nth(1)).toHaveValue(addDays(firstDay, 1));
      await dialog.getByRole('button', { name: 'Créer la session' }).click();
      await expect(dialog).toBeHidden();
      await expect(page).toHaveURL(/\/afgsu\/sessions\/[0-9a-f-]{36}$/);
      await expect(page.getByRole('heading', { name: `Formation complète (14 h) — ${cesu}` })).toBeVisible();
      await expect(page.getByText('0 / 8 participants')).toBeVisible();
      await expect(page.getByRole('alert').filter({ hasText: 'capacité de 8' })).toBeVisible();
    });

    const participant = (name: string) => page.getByRole('listitem', { name });
    await test.step('enrol the demo trainee, then remove her; enrol Inès', async () => {
      const picker = page.getByRole('combobox', { name: 'Stagiaire à inscrire' });
      await picker.fill('Moreau Léa');
      await page
        .getByRole('option', { name: /MOREAU Léa · Promotion de démonstration/ })
        .first()
        .click();
      await page.getByRole('button', { name: 'Inscrire', exact: true }).click();
      await expect(participant('Léa Moreau')).toBeVisible();
      await participant('Léa Moreau').getByRole('button', { name: 'Retirer' }).click();
      await page.getByRole('dialog', { name: 'Retirer Léa Moreau de la session ?' }).getByRole('button', { name: 'Retirer' }).click();
      await expect(participant('Léa Moreau')).toBeHidden();

      await picker.fill(ines.lastName);
      await page.getByRole('option', { name: new RegExp(inesName) }).click();
      await page.getByRole('button', { name: 'Inscrire', exact: true }).click();
      await expect(participant(`${ines.firstName} ${ines.lastName}`)).toContainText(cohort.name);
      await expect(page.getByText('1 / 8 participants')).toBeVisible();
    });

    await test.step('Inès was present: « Enregistrer les attestations »', async () => {
      const row = participant(`${ines.firstName} ${ines.lastName}`);
      await row.getByRole('button', { name: 'Présent' }).click();
      await expect(row.getByRole('button', { name: 'Présent' })).toHaveAttribute('aria-pressed', 'true');
      await page.getByRole('button', { name: 'Enregistrer les attestations' }).click();
      const dialog = page.getByRole('dialog', { name: 'Enregistrer les attestations du CESU' });
      await expect(dialog.getByLabel('Date de délivrance')).toHaveValue(today);
      await dialog.getByRole('button', { name: 'Enregistrer', exact: true }).click();
      await expect(dialog).toBeHidden();
      await expect(page.getByText('1 attestation enregistrée.')).toBeVisible();
      await expect(row.getByText('Attestation enregistrée')).toBeVisible();
    });

    const attestations = page.getByRole('table', { name: 'Attestations' });
    /** « Ajouter une attestation »: origin, level, centre, issue date. */
    const addAttestation = async (kind: string, level: string, centre: string, issuedOn: string) => {
      await page.getByRole('button', { name: 'Ajouter une attestation' }).click();
      const dialog = page.getByRole('dialog', { name: 'Ajouter une attestation' });
      await dialog.getByRole('radio', { name: kind }).check();
      await dialog.getByRole('combobox', { name: 'Niveau' }).click();
      await page.getByRole('option', { name: level }).click();
      await dialog.getByRole('textbox', { name: "Centre (CESU) qui l'a délivrée" }).fill(centre);
      await dialog.getByLabel('Délivrée le').fill(issuedOn);
      await dialog.getByRole('button', { name: "Enregistrer l'attestation" }).click();
      await expect(dialog).toBeHidden();
    };

    await test.step("Hugo's AFGSU tab: an AFGSU 1 of five years ago is « Expirée »", async () => {
      await showCohort(page, cohort);
      await expect(countCard(page, 'Valide')).toHaveAccessibleName('Valide : 1');
      await rowOf(hugoName).getByRole('link', { name: hugoName }).click();
      await expect(page).toHaveURL(/\/trainees\/[0-9a-f-]{36}\/show\/afgsu$/);
      await expect(page.getByText('Aucune attestation AFGSU : à programmer.')).toBeVisible();
      await addAttestation('Formation initiale', 'AFGSU 1', 'CESU 69 – HCL', addDays(today, -5 * 365 - 10));
      await expect(attestations.getByRole('row').filter({ hasText: 'Formation initiale' }).getByText('Vérifiée')).toBeVisible();
      await expect(page.getByText(/AFGSU expirée depuis le .* formation complète de 14 h à suivre/)).toBeVisible();
    });

    await test.step('« Réactualisation » after the expiry: refused, the API says why in the dialog', async () => {
      await page.getByRole('button', { name: 'Réactualisation' }).click();
      const dialog = page.getByRole('dialog', { name: 'Enregistrer une réactualisation' });
      await expect(dialog.getByRole('textbox', { name: "Centre (CESU) qui l'a délivrée" })).toHaveValue('CESU 69 – HCL');
      await dialog.getByLabel('Date de la réactualisation').fill(today);
      await dialog.getByRole('button', { name: 'Enregistrer la réactualisation' }).click();
      await expect(dialog.getByRole('alert').filter({ hasText: 'une réactualisation n’est plus possible' })).toBeVisible();
      await dialog.getByRole('button', { name: 'Annuler' }).click();
      await expect(dialog).toBeHidden();
    });

    await test.step('a prior AFGSU 2: its scan uploaded, then verified, makes Hugo « Valide »', async () => {
      await addAttestation('Antérieure', 'AFGSU 2', 'CESU 13 – AP-HM', addDays(today, -400));
      const prior = attestations.getByRole('row').filter({ hasText: 'Antérieure' });
      await expect(prior).toContainText('AFGSU 2');
      await expect(prior.getByText('À vérifier')).toBeVisible();
      await expect(prior.getByText('Joignez la copie pour pouvoir la vérifier.')).toBeVisible();
      await prior
        .locator('input[type="file"]')
        .setInputFiles({ name: 'afgsu2-hugo.pdf', mimeType: 'application/pdf', buffer: minimalPdf() });
      await expect(page.getByText('Copie enregistrée.')).toBeVisible();
      const href = await prior.getByRole('link', { name: 'Voir la copie' }).getAttribute('href');
      const scan = await page.request.get(href ?? '');
      expect(scan.headers()['content-type']).toBe('application/pdf');
      expect(scan.headers()['content-disposition']).toMatch(/^inline/);
      await prior.getByRole('button', { name: 'Vérifier' }).click();
      await expect(prior.getByText('Vérifiée', { exact: true })).toBeVisible();
      await expect(page.getByText(/AFGSU 2 valable jusqu’au/)).toBeVisible();
      await page.screenshot({ path: 'test-results/afgsu-trainee-tab.png', fullPage: true, animations: 'disabled' });
    });

    await test.step('the overview follows: none « Manquante », both « Valide »', async () => {
      await showCohort(page, cohort);
      await expect(countCard(page, 'Valide')).toHaveAccessibleName('Valide : 2');
      await expect(countCard(page, 'Manquante')).toHaveAccessibleName('Manquante : 0');
      await expect(countCard(page, 'Expirée')).toHaveAccessibleName('Expirée : 0');
      await countCard(page, 'Manquante').click();
      await expect(page.getByText('Aucun stagiaire en formation pour ces critères.')).toBeVisible();
      await countCard(page, 'Valide').click();
      await expect(page).toHaveURL(/statut=valid/);
      await expect(rowOf(inesName).getByText('Valide', { exact: true })).toBeVisible();
      await expect(rowOf(hugoName).getByText('Valide', { exact: true })).toBeVisible();
      await page.screenshot({ path: 'test-results/afgsu-overview.png', fullPage: true, animations: 'disabled' });
    });
  } finally {
    await staffApi.dispose();
  }
});

test.describe('on a phone', () => {
  test.use(PHONE);

  test('the trainee sees « Mon AFGSU » on her home page', async ({ page }) => {
    await login(page, TRAINEE, DEMO_PASSWORD);
    const card = page.getByRole('region', { name: 'Mon AFGSU' });
    await expect(card).toBeVisible();
    await expect(card.getByText(/^(Manquante|Prévue|Valide|Expire bientôt|Expirée)$/)).toBeVisible();
    await expect(card.getByRole('heading', { name: 'Mes attestations' })).toBeVisible();
    await card.scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/afgsu-trainee-phone.png', fullPage: true, animations: 'disabled' });
  });
});
