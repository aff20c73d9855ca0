import { expect, test, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import type { BlockPlan, ExamSessionDetail } from '../src/api/exams';
import type { CertificationVersion, Trainee } from '../src/api/types';
import { addDays, parisDay } from '../src/lib/dates';
import { DEMO_PASSWORD, SCHOOL_ADMIN, STAFF, TRAINER, login, openMenu } from './helpers';
import { apiLogin, freshCohort, json } from './training.api';

/** The two épreuves of BC01 this test marks (created through the page on the first run, then reused). */
const WRITTEN = { kind: 'Écrit', label: 'Écrit E2E' };
const ORAL = { kind: 'Oral', label: 'Oral E2E' };
const TABLET = { width: 820, height: 1180 };

async function currentVersion(api: APIRequestContext): Promise<CertificationVersion> {
  const versions = await json<CertificationVersion[]>(await api.get('/api/v1/referential/versions'));
  return versions.find((version) => version.code === 'RNCP40913') ?? versions[0];
}

const plan = async (api: APIRequestContext, versionId: string) =>
  json<BlockPlan[]>(await api.get(`/api/v1/assessment/versions/${versionId}/plan`));

/** A trainee added by the staff (no account needed: the staff convenes and marks). */
async function addTrainee(api: APIRequestContext, cohortId: string, lastName: string, firstName: string): Promise<Trainee> {
  const email = `${firstName}.${lastName}@demo.cqp.local`
    .normalize('NFD')
    .replace(/[^A-Za-z0-9.@-]/g, '')
    .toLowerCase();
  return json<Trainee>(await api.post(`/api/v1/cohorts/${cohortId}/trainees`, { data: { lastName, firstName, email } }));
}

const blockSection = (page: Page, code: string) => page.getByRole('region', { name: new RegExp(`^${code} — `) });

/** « Ajouter une épreuve » in a block of the « Évaluations » page. */
async function addEpreuve(page: Page, section: Locator, kind: string, label: string, maxMark?: string) {
  await section.getByRole('button', { name: 'Ajouter une épreuve' }).click();
  const dialog = page.getByRole('dialog', { name: /^Nouvelle épreuve — / });
  await dialog.getByRole('combobox', { name: "Type d'épreuve" }).click();
  await page.getByRole('option', { name: kind, exact: true }).click();
  await dialog.getByRole('textbox', { name: 'Intitulé' }).fill(label);
  if (maxMark) await dialog.getByRole('spinbutton', { name: 'Note maximale (barème)' }).fill(maxMark);
  await dialog.getByRole('button', { name: "Ajouter l'épreuve" }).click();
  await expect(dialog).toBeHidden();
}

test('staff: épreuves of a block, an exam session, two trainees convened, marks typed with the keyboard, results', async ({
  page,
  browser,
  playwright,
  baseURL,
}) => {
  const staffApi = await playwright.request.newContext({ baseURL });
  try {
    // This run's cohort and two trainees of the current version (ABADIE before BERNARD in the grid).
    const run = Date.now().toString(36).slice(-6);
    const today = parisDay();
    await apiLogin(staffApi, STAFF);
    const version = await currentVersion(staffApi);
    const cohort = await freshCohort(staffApi, version.id, today);
    const chloe = await addTrainee(staffApi, cohort.id, `Abadie-${run}`, 'Chloé');
    const tom = await addTrainee(staffApi, cohort.id, `Bernard-${run}`, 'Tom');
    const chloeRow = `${chloe.lastName.toUpperCase()} ${chloe.firstName}`;
    const tomRow = `${tom.lastName.toUpperCase()} ${tom.firstName}`;
    const bc01 = (await plan(staffApi, version.id)).find((block) => block.blockCode === 'BC01')!;
    const has = (label: string) => bc01.assessments.some((assessment) => assessment.active && assessment.label === label);

    await test.step('« Évaluations »: BC01 has its written and oral épreuves (added through the page when missing)', async () => {
      await login(page, STAFF, DEMO_PASSWORD);
      await openMenu(page, 'Évaluations');
      await expect(page.getByRole('heading', { name: 'Évaluations des blocs de compétences', level: 1 })).toBeVisible();
      await expect(page.getByRole('tab', { name: 'RNCP40913' })).toHaveAttribute('aria-selected', 'true');
      const section = blockSection(page, 'BC01');
      for (const epreuve of [WRITTEN, ORAL]) if (!has(epreuve.label)) await addEpreuve(page, section, epreuve.kind, epreuve.label);
      for (const epreuve of [WRITTEN, ORAL]) {
        const row = section.getByRole('row', { name: epreuve.label }).filter({ hasText: 'Active' });
        await expect(row.first()).toContainText(`${epreuve.kind}${epreuve.label}sur 2010/201Active`);
      }
      // Staff read the rule; only the school administrator changes it.
      await expect(section.getByText(/^Résultat du bloc : /)).toBeVisible();
      await expect(section.getByRole('button', { name: 'Changer la règle' })).toHaveCount(0);
    });

    await test.step('an épreuve on 40 gets 20/40 as pass mark; renamed, then retired', async () => {
      const section = blockSection(page, 'BC03');
      const label = `Dossier E2E ${run}`;
      await addEpreuve(page, section, 'Dossier', label, '40');
      await expect(section.getByRole('row', { name: label })).toContainText('sur 4020/40');
      await section.getByRole('button', { name: `Modifier l'épreuve « ${label} »` }).click();
      const dialog = page.getByRole('dialog', { name: `Modifier l'épreuve « ${label} »` });
      await dialog.getByRole('textbox', { name: 'Intitulé' }).fill(`${label} bis`);
      await dialog.getByRole('button', { name: 'Enregistrer' }).click();
      await expect(dialog).toBeHidden();
      await section.getByRole('button', { name: `Retirer l'épreuve « ${label} bis »` }).click();
      await page
        .getByRole('dialog', { name: `Retirer l'épreuve « ${label} bis » ?` })
        .getByRole('button', { name: 'Retirer' })
        .click();
      // Retired épreuves are hidden until asked for.
      await expect(section.getByRole('row', { name: `${label} bis` })).toBeHidden();
      await section.getByRole('button', { name: /^Voir l/ }).click();
      await expect(section.getByRole('row', { name: `${label} bis` })).toContainText('Retirée');
      await page.screenshot({ path: 'test-results/exams-plan.png', fullPage: true, animations: 'disabled' });
      await section.getByRole('button', { name: /^Masquer l/ }).click();
    });

    const sessionName = `Session E2E ${run}`;
    const sessionDate = addDays(today, 14);
    await test.step('« Nouvelle session »: name, date, time, place, the two épreuves of BC01 ticked', async () => {
      await openMenu(page, "Sessions d'examen");
      await page.getByRole('button', { name: 'Nouvelle session' }).click();
      const dialog = page.getByRole('dialog', { name: 'Nouvelle session' });
      await dialog.getByRole('textbox', { name: 'Nom de la session' }).fill(sessionName);
      await dialog.getByLabel('Date').fill(sessionDate);
      await dialog.getByLabel('Heure de début').fill('13:30');
      await dialog.getByRole('textbox', { name: 'Lieu' }).fill('Lyon – salle 2');
      await dialog.getByRole('button', { name: 'Créer la session' }).click();
      await expect(dialog.getByText('Cochez au moins une épreuve.')).toBeVisible();
      const group = dialog.getByRole('group', { name: 'BC01' });
      await group.getByRole('checkbox', { name: new RegExp(`^${WRITTEN.label} ·`) }).check();
      await group.getByRole('checkbox', { name: new RegExp(`^${ORAL.label} ·`) }).check();
      await dialog.screenshot({ path: 'test-results/exams-new-session.png', animations: 'disabled' });
      await dialog.getByRole('button', { name: 'Créer la session' }).click();
      await expect(dialog).toBeHidden();
      await expect(page).toHaveURL(/\/exam-sessions\/[0-9a-f-]{36}$/);
      await expect(page.getByRole('heading', { name: sessionName, level: 1 })).toBeVisible();
      await expect(page.getByText(/à 13:30$/)).toBeVisible();
      await expect(blockSection(page, 'BC01')).toContainText("Personne n'est encore convoqué à ce bloc.");
    });

    await test.step('« Convoquer » the two trainees of the cohort to BC01: first attempt each', async () => {
      const section = blockSection(page, 'BC01');
      await section.getByRole('button', { name: 'Convoquer' }).click();
      const dialog = page.getByRole('dialog', { name: /^Convoquer — BC01/ });
      await dialog.getByRole('button', { name: 'Convoquer', exact: true }).click();
      await expect(dialog.getByText('Cochez au moins un stagiaire.')).toBeVisible();
      await dialog.getByRole('combobox', { name: 'Session de formation' }).click();
      await page.getByRole('option', { name: cohort.name }).click();
      await dialog.getByRole('checkbox', { name: 'Tout cocher' }).check();
      await expect(dialog.getByRole('checkbox', { name: chloeRow })).toBeChecked();
      await expect(dialog.getByRole('checkbox', { name: tomRow })).toBeChecked();
      await dialog.getByRole('button', { name: 'Convoquer', exact: true }).click();
      await expect(dialog).toBeHidden();
      await expect(page.getByText('2 stagiaires convoqués : les convocations partent par e-mail.')).toBeVisible();
      const convened = section.getByRole('list', { name: 'Stagiaires convoqués au bloc BC01' });
      await expect(convened.getByRole('listitem')).toHaveCount(2);
      await expect(convened.getByRole('listitem').filter({ hasText: `${chloe.firstName} ${chloe.lastName}` })).toContainText('1er passage');
    });

    const grid = page.getByRole('table', { name: 'Notes du bloc BC01' });
    const cell = (trainee: string, label: string) => grid.getByRole('textbox', { name: `${label} — ${trainee}`, exact: true });
    const result = (trainee: string) => grid.getByRole('row', { name: trainee }).getByRole('cell').last();
    await test.step('marks typed down the columns with the keyboard; « 25 » is refused before sending', async () => {
      await blockSection(page, 'BC01').getByRole('link', { name: 'Saisir les notes du bloc BC01' }).click();
      await expect(page.getByRole('heading', { name: 'Notes — BC01', level: 1 })).toBeVisible();
      await expect(result(chloeRow)).toHaveText('Incomplet');
      await cell(chloeRow, WRITTEN.label).click();
      for (const typed of ['12,5', 'abs', '25', '15']) {
        await page.keyboard.type(typed);
        await page.keyboard.press('Enter');
      }
      // Down the written column, then the oral one; Enter on the last cell reaches « Enregistrer ».
      await expect(cell(tomRow, WRITTEN.label)).toHaveValue('abs');
      await expect(cell(chloeRow, ORAL.label)).toHaveValue('25');
      await expect(page.getByRole('button', { name: 'Enregistrer' })).toBeFocused();
      await expect(grid.locator('input[data-dirty="true"]')).toHaveCount(4);
      await expect(page.getByRole('status')).toHaveText('4 notes modifiées, à enregistrer');
      await expect(cell(chloeRow, ORAL.label)).toHaveAttribute('aria-invalid', 'true');
      const refusal = page.getByRole('alert').filter({ hasText: "Notes à corriger : rien n'est envoyé." });
      await expect(refusal).toContainText(`${chloeRow}, « ${ORAL.label} » : La note doit être comprise entre 0 et 20.`);
      await page.keyboard.press('Enter');
      // Nothing sent: the cursor goes back to the refused mark, results unchanged.
      await expect(cell(chloeRow, ORAL.label)).toBeFocused();
      await expect(result(chloeRow)).toHaveText('Incomplet');
      await page.screenshot({ path: 'test-results/exams-grid-refused.png', fullPage: true, animations: 'disabled' });
    });

    await test.step('corrected and saved: a result per line, its explanation as tooltip', async () => {
      await page.keyboard.type('10');
      await page.getByRole('button', { name: 'Enregistrer' }).click();
      await expect(page.getByText('4 notes enregistrées.')).toBeVisible();
      await expect(result(chloeRow)).toHaveText('Réussi · 11,25/20');
      await expect(result(tomRow)).toHaveText('Non réussi · 7,5/20');
      await expect(grid.locator('input[data-dirty="true"]')).toHaveCount(0);
      await result(tomRow).getByText('Non réussi · 7,5/20').hover();
      await expect(page.getByRole('tooltip')).toContainText('7,5/20');
      await page.screenshot({ path: 'test-results/exams-grid-desktop.png', fullPage: true, animations: 'disabled' });
      await page.reload();
      await expect(cell(chloeRow, WRITTEN.label)).toHaveValue('12,5');
      await expect(cell(tomRow, WRITTEN.label)).toHaveValue('abs');
    });

    await test.step("the API's refusal of a save is shown and its cell highlighted (index sent → cell)", async () => {
      const message = "Notes refusées, rien n'est enregistré : refus simulé par le test.";
      // The app's own checks already catch every bad mark: the API's answer is simulated once, as it words it.
      await page.route('**/api/v1/exam-sessions/*/blocks/*/marks', (route) =>
        route.request().method() === 'PUT'
          ? route.fulfill({
              status: 400,
              json: { statusCode: 400, code: 'INVALID_MARKS', message, errors: { 'marks.1': ['refus simulé'] } },
            })
          : route.fallback(),
      );
      await cell(chloeRow, ORAL.label).fill('11');
      await cell(tomRow, ORAL.label).fill('16');
      await page.getByRole('button', { name: 'Enregistrer' }).click();
      await expect(page.getByRole('alert').filter({ hasText: message })).toBeVisible();
      await expect(cell(tomRow, ORAL.label)).toHaveAttribute('aria-invalid', 'true');
      await expect(cell(chloeRow, ORAL.label)).toHaveAttribute('aria-invalid', 'false');
      await page.unrouteAll();
      await cell(tomRow, ORAL.label).fill('16');
      await page.getByRole('button', { name: 'Enregistrer' }).click();
      await expect(result(tomRow)).toHaveText('Non réussi · 8/20');
      await expect(result(chloeRow)).toHaveText('Réussi · 11,75/20');
    });

    await test.step('on a tablet: the grid and the session fit, Enter still goes down', async () => {
      await page.setViewportSize(TABLET);
      await cell(chloeRow, WRITTEN.label).click();
      await page.keyboard.press('Enter');
      await expect(cell(tomRow, WRITTEN.label)).toBeFocused();
      await page.keyboard.press('ArrowUp');
      await expect(cell(chloeRow, WRITTEN.label)).toBeFocused();
      await page.keyboard.press('Shift+Tab');
      await expect(cell(chloeRow, WRITTEN.label)).not.toBeFocused();
      await page.screenshot({ path: 'test-results/exams-grid-tablet.png', fullPage: true, animations: 'disabled' });
      await page.getByRole('link', { name: 'Retour à la session' }).click();
      await expect(blockSection(page, 'BC01').getByRole('listitem')).not.toHaveCount(0);
      await page.screenshot({ path: 'test-results/exams-session-tablet.png', fullPage: true, animations: 'disabled' });
      await page.setViewportSize({ width: 1280, height: 720 });
    });

    await test.step('a retake: refused before the jury has decided (the dialog says why), then « 2e passage »', async () => {
      const bc01Now = (await plan(staffApi, version.id)).find((block) => block.blockCode === 'BC01')!;
      const ids = bc01Now.assessments.filter((a) => a.active && [WRITTEN.label, ORAL.label].includes(a.label)).map((a) => a.id);
      const later = await json<ExamSessionDetail>(
        await staffApi.post('/api/v1/exam-sessions', {
          data: {
            versionId: version.id,
            name: `Rattrapage E2E ${run}`,
            date: addDays(today, 60),
            startTime: '09:00',
            place: 'Lyon',
            assessmentIds: ids,
          },
        }),
      );
      await page.goto(`/exam-sessions/${later.id}`);
      const section = blockSection(page, 'BC01');
      await section.getByRole('button', { name: 'Convoquer' }).click();
      const dialog = page.getByRole('dialog', { name: /^Convoquer — BC01/ });
      await dialog.getByRole('combobox', { name: 'Session de formation' }).click();
      await page.getByRole('option', { name: cohort.name }).click();
      await dialog.getByRole('checkbox', { name: tomRow }).check();
      await dialog.getByRole('button', { name: 'Convoquer', exact: true }).click();
      await expect(dialog.getByRole('alert')).toContainText(`${tom.firstName} ${tom.lastName} : Le passage 1 du`);
      await expect(dialog.getByRole('alert')).toContainText('pas encore de décision du jury');
      await dialog.screenshot({ path: 'test-results/exams-convene-refused.png', animations: 'disabled' });

      // The jury confirms « non validé » for Tom (through the API: the jury screens are tested on their own).
      const jury = await json<{ id: string }>(
        await staffApi.post('/api/v1/juries', {
          data: { versionId: version.id, date: addDays(today, 20), president: 'Dr Hélène Martin', members: [] },
        }),
      );
      await json(
        await staffApi.post(`/api/v1/juries/${jury.id}/decisions`, {
          data: { traineeId: tom.id, blockId: bc01Now.blockId, outcome: 'not_validated' },
        }),
      );
      await dialog.getByRole('button', { name: 'Convoquer', exact: true }).click();
      await expect(dialog).toBeHidden();
      await expect(section.getByRole('listitem').filter({ hasText: `${tom.firstName} ${tom.lastName}` })).toContainText(
        '2e passage (rattrapage)',
      );
      await section.getByRole('link', { name: 'Saisir les notes du bloc BC01' }).click();
      await expect(grid.getByRole('row', { name: tomRow })).toContainText('2e passage (rattrapage)');
    });

    await test.step('a trainer reads the session and the marks, without « Convoquer »', async () => {
      const trainer = await browser.newContext({ baseURL, locale: 'fr-FR', timezoneId: 'Europe/Paris' });
      try {
        const trainerPage = await trainer.newPage();
        await login(trainerPage, TRAINER, DEMO_PASSWORD);
        await openMenu(trainerPage, "Sessions d'examen");
        await expect(trainerPage.getByRole('button', { name: 'Nouvelle session' })).toHaveCount(0);
        await trainerPage.getByRole('link', { name: new RegExp(sessionName) }).click();
        await expect(trainerPage.getByRole('button', { name: 'Convoquer' })).toHaveCount(0);
        await blockSection(trainerPage, 'BC01').getByRole('link', { name: 'Saisir les notes du bloc BC01' }).click();
        await expect(trainerPage.getByRole('table', { name: 'Notes du bloc BC01' }).getByRole('row', { name: chloeRow })).toContainText(
          'Réussi · 11,75/20',
        );
      } finally {
        await trainer.close();
      }
    });
  } finally {
    await staffApi.dispose();
  }
});

test('school admin: the result rule of a block changes with a reason (then back)', async ({ page }) => {
  await login(page, SCHOOL_ADMIN, DEMO_PASSWORD);
  await openMenu(page, 'Évaluations');
  const section = blockSection(page, 'BC03');
  const setRule = async (rule: string) => {
    await section.getByRole('button', { name: 'Changer la règle' }).click();
    const dialog = page.getByRole('dialog', { name: /^Règle de résultat — BC03/ });
    await dialog.getByRole('radio', { name: new RegExp(`^${rule}`) }).check();
    await dialog.getByRole('textbox', { name: 'Motif' }).fill('Décision du conseil pédagogique (test)');
    await dialog.getByRole('button', { name: 'Enregistrer la règle' }).click();
    await expect(dialog).toBeHidden();
    await expect(section.getByText(`Résultat du bloc : ${rule}`)).toBeVisible();
  };
  const current = (await section.getByText(/^Résultat du bloc : /).textContent()) ?? '';
  const other = current.includes('Moyenne pondérée') ? 'Toutes les épreuves réussies' : 'Moyenne pondérée';
  await setRule(other);
  await setRule(other === 'Moyenne pondérée' ? 'Toutes les épreuves réussies' : 'Moyenne pondérée');
});
