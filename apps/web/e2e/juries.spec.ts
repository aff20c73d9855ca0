import { expect, test, type Locator, type Page } from '@playwright/test';
import { parisDay } from '../src/lib/dates';
import { DEMO_PASSWORD, PHONE, SCHOOL_ADMIN, STAFF, login, openMenu, openPhoneMenu } from './helpers';
import { juryName, juryTrainees, retireEpreuves } from './juries.api';
import { apiLogin } from './training.api';

/** A trainee's line on the jury page, and one of its block cells. */
const lineOf = (page: Page, name: string) =>
  page.getByRole('list', { name: 'Stagiaires présentés au jury' }).getByRole('listitem', { name });
const cellOf = (line: Locator, code: string) => line.getByRole('group', { name: code });

/** A whole-page screenshot from the top (the app bar stays in place), no tooltip open. */
async function shot(page: Page, name: string) {
  await page.mouse.move(0, 0);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `test-results/${name}.png`, fullPage: true, animations: 'disabled' });
}

test('the jury confirms, departs from a proposal with a comment, is refused BC04 without AFGSU, corrects with a reason; the trainee sees « Mes résultats »', async ({
  page,
  browser,
  playwright,
  baseURL,
}) => {
  const staffApi = await playwright.request.newContext({ baseURL });
  const adminApi = await playwright.request.newContext({ baseURL });
  let epreuves: string[] = [];
  try {
    const today = parisDay();
    await apiLogin(staffApi, STAFF);
    await apiLogin(adminApi, SCHOOL_ADMIN);
    const setup = await juryTrainees(staffApi, adminApi, today);
    epreuves = setup.epreuves;
    const ines = lineOf(page, juryName(setup.ines));
    const hugo = lineOf(page, juryName(setup.hugo));

    await test.step('« Nouveau jury »: today, a president and two members typed as chips; its page opens', async () => {
      await page.setViewportSize({ width: 1440, height: 900 });
      await login(page, STAFF, DEMO_PASSWORD);
      await openMenu(page, 'Jurys');
      await expect(page.getByRole('heading', { name: 'Jurys de certification', level: 1 })).toBeVisible();
      await page.getByRole('button', { name: 'Nouveau jury' }).click();
      const dialog = page.getByRole('dialog', { name: 'Nouveau jury' });
      await expect(dialog.getByLabel('Date du jury')).toHaveValue(today);
      await dialog.getByRole('textbox', { name: 'Président(e) du jury' }).fill('Dr Hélène Martin');
      const members = dialog.getByRole('combobox', { name: 'Membres du jury' });
      await members.fill('Claire Dubois');
      await members.press('Enter');
      await members.fill('Dr Paul Girard');
      await members.press('Enter');
      await expect(dialog.getByRole('button', { name: 'Dr Paul Girard' })).toBeVisible();
      await dialog.getByRole('button', { name: 'Créer le jury' }).click();
      await expect(dialog).toBeHidden();
      await expect(page).toHaveURL(/\/juries\/[0-9a-f-]{36}$/);
      await expect(page.getByRole('heading', { name: /^Jury du /, level: 1 })).toBeVisible();
      await expect(page.getByText('Présidence : Dr Hélène Martin')).toBeVisible();
      await expect(page.getByText('Membres : Claire Dubois, Dr Paul Girard')).toBeVisible();
    });

    await test.step('filtered on the cohort: two lines, proposals from the marks, readiness checklists', async () => {
      await page.getByRole('combobox', { name: 'Session de formation' }).click();
      await page.getByRole('option', { name: setup.cohort.name, exact: true }).click();
      await expect(page).toHaveURL(/promotion=/);
      await expect(page.getByRole('list', { name: 'Stagiaires présentés au jury' }).getByRole('listitem')).toHaveCount(2);
      await expect(cellOf(ines, 'BC02')).toContainText('Proposition : validé');
      await expect(cellOf(hugo, 'BC02')).toContainText('Non réussi');
      await expect(cellOf(hugo, 'BC02')).toContainText('Proposition : non validé');
      await expect(cellOf(hugo, 'BC01')).toContainText('Aucun passage');
      await hugo.getByRole('button', { name: /conditions? manquantes?/ }).click();
      const checklist = hugo.getByRole('list', { name: `Conditions de certification de ${juryName(setup.hugo)}` });
      await expect(checklist.getByRole('listitem').filter({ hasText: 'AFGSU valide à la date du jury' })).toContainText(
        'Pas d’AFGSU valide',
      );
      await expect(
        checklist.getByRole('listitem').filter({ hasText: 'AFGSU valide à la date du jury' }).getByRole('img', { name: 'Non remplie' }),
      ).toBeVisible();
    });

    await test.step('« Confirmer » records Inès’s BC02 proposal in one click', async () => {
      await cellOf(ines, 'BC02')
        .getByRole('button', { name: /^Confirmer/ })
        .click();
      await expect(cellOf(ines, 'BC02').getByText('Validé', { exact: true })).toBeVisible();
      await expect(cellOf(ines, 'BC02').getByRole('button', { name: /^Confirmer/ })).toBeHidden();
      await expect(page.getByText('1 décision enregistrée')).toBeVisible();
    });

    await test.step('Hugo’s failed BC02 validated against the proposal: a comment is required', async () => {
      await cellOf(hugo, 'BC02').getByRole('button', { name: 'Modifier' }).click();
      const dialog = page.getByRole('dialog', { name: `Décision du jury — BC02, ${juryName(setup.hugo)}` });
      await expect(dialog).toContainText('non réussi');
      await dialog.getByRole('radio', { name: 'Validé', exact: true }).check();
      await dialog.getByRole('button', { name: 'Enregistrer la décision' }).click();
      await expect(dialog.getByText("Un commentaire est obligatoire quand la décision s'écarte de la proposition.")).toBeVisible();
      await dialog.getByRole('textbox', { name: 'Commentaire du jury' }).fill('Oral de soutenance excellent : compétences démontrées.');
      await dialog.getByRole('button', { name: 'Enregistrer la décision' }).click();
      await expect(dialog).toBeHidden();
      await expect(cellOf(hugo, 'BC02').getByText('Validé', { exact: true })).toBeVisible();
      await expect(cellOf(hugo, 'BC02').getByText('dérogation')).toBeVisible();
    });

    await test.step('Hugo’s BC04 cannot be validated without an AFGSU: the API says why, the page stays as it was', async () => {
      await cellOf(hugo, 'BC04')
        .getByRole('button', { name: /^Confirmer/ })
        .click();
      await expect(hugo.getByRole('alert')).toContainText(
        'BC04 : Le bloc BC04 ne peut pas être déclaré « validé » sans AFGSU valide à la date du jury',
      );
      await expect(cellOf(hugo, 'BC04')).toContainText('Pas encore décidé');
      await expect(cellOf(hugo, 'BC02').getByText('dérogation')).toBeVisible();
      await expect(cellOf(ines, 'BC02').getByText('Validé', { exact: true })).toBeVisible();
      await shot(page, 'jury-refused');

      await cellOf(hugo, 'BC04').getByRole('button', { name: 'Modifier' }).click();
      const dialog = page.getByRole('dialog', { name: `Décision du jury — BC04, ${juryName(setup.hugo)}` });
      await expect(dialog.getByRole('radio', { name: 'Validé', exact: true })).toBeChecked();
      await dialog.getByRole('button', { name: 'Enregistrer la décision' }).click();
      await expect(dialog.getByRole('alert')).toContainText('sans AFGSU valide à la date du jury');
      await dialog.getByRole('button', { name: 'Annuler' }).click();
      await expect(dialog).toBeHidden();
    });

    await test.step('a correction is a new decision with its reason; the history keeps both', async () => {
      await cellOf(hugo, 'BC02').getByRole('button', { name: 'Modifier' }).click();
      const dialog = page.getByRole('dialog', { name: `Corriger la décision — BC02, ${juryName(setup.hugo)}` });
      await expect(dialog).toContainText('Décision en vigueur : « Validé »');
      await dialog.getByRole('radio', { name: 'Non validé' }).check();
      await dialog.getByRole('button', { name: 'Enregistrer la correction' }).click();
      await expect(dialog.getByText('Motif de la correction')).toBeVisible();
      await dialog.getByRole('textbox', { name: 'Motif de la correction' }).fill('Note de l’écrit mal reportée : 8/20 confirmé.');
      await dialog.getByRole('button', { name: 'Enregistrer la correction' }).click();
      await expect(dialog).toBeHidden();
      await expect(cellOf(hugo, 'BC02').getByText('Non validé', { exact: true })).toBeVisible();
      await expect(cellOf(hugo, 'BC02').getByText('dérogation')).toBeHidden();

      await cellOf(hugo, 'BC02').getByRole('button', { name: 'Historique' }).click();
      const history = page.getByRole('dialog', { name: `Historique — BC02, ${juryName(setup.hugo)}` });
      const decisions = history.getByRole('list', { name: 'Décisions, de la plus ancienne à la plus récente' }).getByRole('listitem');
      await expect(decisions).toHaveCount(2);
      await expect(decisions.nth(0)).toContainText('Validé');
      await expect(decisions.nth(0)).toContainText('Commentaire : Oral de soutenance excellent');
      await expect(decisions.nth(0)).toContainText('Corrigée ensuite');
      await expect(decisions.nth(1)).toContainText('Non validé');
      await expect(decisions.nth(1)).toContainText('Motif de la correction : Note de l’écrit mal reportée');
      await expect(decisions.nth(1)).toContainText('En vigueur');
      await history.screenshot({ path: 'test-results/jury-history.png', animations: 'disabled' });
      await history.getByRole('button', { name: 'Fermer' }).click();
    });

    await test.step('« Confirmer toutes les propositions »: Inès’s BC04 recorded, Hugo’s refused and listed', async () => {
      await page.getByRole('button', { name: 'Confirmer toutes les propositions (2)' }).click();
      await page.getByRole('dialog', { name: 'Confirmer toutes les propositions ?' }).getByRole('button', { name: 'Confirmer' }).click();
      await expect(cellOf(ines, 'BC04').getByText('Validé', { exact: true })).toBeVisible();
      const refusals = page.getByRole('alert').filter({ hasText: 'Propositions non enregistrées' });
      await expect(refusals).toContainText(`${juryName(setup.hugo)} — BC04 : Le bloc BC04 ne peut pas être déclaré « validé »`);
      await expect(page.getByRole('button', { name: 'Confirmer toutes les propositions (1)' })).toBeVisible();
      await shot(page, 'jury-page');
    });

    await test.step('the trainee page of Inès, tab « Résultats »: the same results as hers', async () => {
      await ines.getByRole('link', { name: juryName(setup.ines) }).click();
      await expect(page).toHaveURL(/\/trainees\/[0-9a-f-]{36}\/show\/resultats$/);
      const bc02 = page.getByRole('region', { name: /^BC02 — / });
      await expect(bc02.getByText('Validé', { exact: true })).toBeVisible();
      await expect(bc02).toContainText('Moyenne : 12,5/20');
      await shot(page, 'trainee-results-tab');
    });

    await test.step('on a phone, Hugo opens « Mes résultats »', async () => {
      const phone = await browser.newContext({ ...PHONE, baseURL, locale: 'fr-FR', timezoneId: 'Europe/Paris' });
      try {
        const mobile = await phone.newPage();
        await login(mobile, setup.hugo.email, DEMO_PASSWORD);
        await openPhoneMenu(mobile, 'Mes résultats');
        await expect(mobile.getByRole('heading', { name: 'Mes résultats', level: 1 })).toBeVisible();
        const bc02 = mobile.getByRole('region', { name: /^BC02 — / });
        await expect(bc02.getByText('Non validé', { exact: true })).toBeVisible();
        await expect(bc02).toContainText('Non réussi');
        await expect(bc02).toContainText('Moyenne : 8/20');
        await expect(bc02).toContainText(`Session E2E ${setup.run}`);
        await expect(bc02).toContainText(/Encore 2 passages possibles, jusqu’au \d{2}\/\d{2}\/\d{4} inclus/);
        const bc04 = mobile.getByRole('region', { name: /^BC04 — / });
        await expect(bc04).toContainText('Décision du jury à venir');
        await expect(bc04).toContainText('Moyenne : 11,25/20');
        await shot(mobile, 'my-results-phone');
      } finally {
        await phone.close();
      }
    });
  } finally {
    await retireEpreuves(staffApi, epreuves);
    await staffApi.dispose();
    await adminApi.dispose();
  }
});
