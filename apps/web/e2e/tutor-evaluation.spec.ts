import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD, PHONE, SCHOOL_ADMIN, STAFF, login } from './helpers';
import { evaluationToken, freshPlacement } from './internship.api';
import { apiLogin } from './training.api';

test('tutor on a phone: opens the link, fills the grid, saves a draft, reloads, submits; staff sees it « Transmise »', async ({
  browser,
  page,
  playwright,
  baseURL,
}) => {
  const staffApi = await playwright.request.newContext({ baseURL });
  const adminApi = await playwright.request.newContext({ baseURL });
  const phone = await browser.newContext({ ...PHONE, baseURL, locale: 'fr-FR', timezoneId: 'Europe/Paris' });
  try {
    const run = Date.now().toString(36).slice(-6);
    await apiLogin(staffApi, STAFF);
    await apiLogin(adminApi, SCHOOL_ADMIN);
    const { placement, site, tutorEmail, evaluations } = await freshPlacement(staffApi, run);
    const token = await evaluationToken(staffApi, adminApi, evaluations[0].id, tutorEmail);

    const tutor = await phone.newPage();
    await tutor.goto(`/tuteur/evaluation/${token}`);
    await expect(tutor.getByText(`Stagiaire : ${placement.traineeName}`)).toBeVisible();
    await expect(tutor.getByText(new RegExp(site.name))).toBeVisible();
    const blocks = tutor.getByRole('region');
    await expect(blocks).toHaveCount(4);
    const groups = tutor.getByRole('group', { name: /^Niveau pour / });
    const total = await groups.count();
    await expect(tutor.getByText(`0/${total} compétences évaluées`)).toBeVisible();
    await tutor.screenshot({ path: 'test-results/tutor-evaluation-1-open.png' });

    // A few levels and a comment, then a draft saved and the page reloaded: the draft is kept.
    for (let i = 0; i < 3; i++) await groups.nth(i).getByRole('button', { name: 'Acquis', exact: true }).click();
    await groups.nth(3).getByRole('button', { name: 'Maîtrisé' }).click();
    await tutor.getByLabel('Commentaire (facultatif)').first().fill('Accueil des patients très soigné.');
    await expect(tutor.getByText(`4/${total} compétences évaluées`)).toBeVisible();
    await tutor.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
    await expect(tutor.getByText(/Brouillon enregistré à/)).toBeVisible();
    await tutor.reload();
    await expect(tutor.getByText(`4/${total} compétences évaluées`)).toBeVisible();
    await expect(tutor.getByLabel('Commentaire (facultatif)').first()).toHaveValue('Accueil des patients très soigné.');
    await expect(groups.nth(3).getByRole('button', { name: 'Maîtrisé' })).toHaveAttribute('aria-pressed', 'true');

    // Submitting with gaps: the missing ones are highlighted and the first is scrolled to.
    await tutor.getByRole('button', { name: 'Transmettre' }).click();
    await expect(tutor.getByText(/Il manque \d+ niveau\(x\) et l’appréciation générale/)).toBeVisible();
    const firstMissing = tutor.locator('[data-missing="true"]').first();
    await expect(firstMissing).toBeInViewport();
    await tutor.screenshot({ path: 'test-results/tutor-evaluation-2-missing.png' });

    for (let i = 4; i < total; i++) await groups.nth(i).getByRole('button', { name: 'En cours d’acquisition' }).click();
    await tutor
      .getByLabel(/Appréciation générale/)
      .fill('Stagiaire motivée, à l’aise avec les patients ; le logiciel médical reste à travailler.');
    await expect(tutor.getByText(`${total}/${total} compétences évaluées`)).toBeVisible();
    await tutor.getByRole('button', { name: 'Transmettre' }).click();
    await expect(tutor.getByText('Évaluation transmise, merci !')).toBeVisible();
    await expect(tutor.getByRole('button', { name: 'Transmettre' })).toHaveCount(0);
    await tutor.screenshot({ path: 'test-results/tutor-evaluation-3-done.png', fullPage: true });

    // The link is used up now: a clear message instead of the form.
    await tutor.reload();
    await expect(tutor.getByText('Ce lien a déjà servi')).toBeVisible();

    // Staff sees it on the placement board, among the evaluations just submitted, then on the placement's page.
    await login(page, STAFF, DEMO_PASSWORD);
    await expect(page).not.toHaveURL(/\/login/);
    await page.getByRole('menuitem', { name: 'Tableau des stages' }).click();
    const submitted = page.getByRole('region', { name: /Évaluations transmises ces 14 derniers jours/ });
    await expect(submitted.getByRole('listitem').filter({ hasText: placement.traineeName })).toContainText('Transmise');
    await page.screenshot({ path: 'test-results/tutor-evaluation-4-board.png', fullPage: true });
    await submitted.getByRole('link', { name: placement.traineeName }).click();
    const panel = page.getByRole('region', { name: 'Évaluations du tuteur' });
    const first = panel.getByRole('listitem').first();
    await expect(first.getByText('Transmise', { exact: true })).toBeVisible();
    await expect(first.getByText(`${total}/${total} compétences`)).toBeVisible();
    await page.screenshot({ path: 'test-results/tutor-evaluation-5-staff.png', fullPage: true });
    await first.getByRole('button', { name: 'Voir' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByText('Stagiaire motivée', { exact: false })).toBeVisible();
    await page.screenshot({ path: 'test-results/tutor-evaluation-5-view.png' });
    await dialog.getByRole('button', { name: 'Fermer' }).click();

    // Reopened with a reason: « Rouverte », and a new link goes to the tutor.
    await first.getByRole('button', { name: 'Rouvrir' }).click();
    await page.getByRole('dialog').getByLabel(/Motif/).fill('Niveaux du bloc BC02 à revoir avec la tutrice');
    await page.getByRole('dialog').getByRole('button', { name: 'Rouvrir' }).click();
    await expect(first.getByText('Rouverte', { exact: true })).toBeVisible();
    await expect(first.getByText(/Niveaux du bloc BC02 à revoir/)).toBeVisible();
    await page.getByRole('button', { name: 'Modifier les échéances' }).click();
    await expect(page.getByRole('dialog').getByLabel('Échéance 1')).toBeDisabled();
    await page.screenshot({ path: 'test-results/tutor-evaluation-6-dates.png' });
  } finally {
    await phone.close();
    await staffApi.dispose();
    await adminApi.dispose();
  }
});
