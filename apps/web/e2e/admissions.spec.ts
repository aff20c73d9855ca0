import { expect, test, type Browser, type Page } from '@playwright/test';
import { ONE_PIXEL_PNG, minimalPdf } from './files';
import { applyOnline, personalLink, uploadDocument, type Upload } from './candidate.flow';
import { DEMO_PASSWORD, PHONE, SCHOOL_ADMIN, STAFF, login, openMenu } from './helpers';
import { apiLogin } from './training.api';

const newContext = (browser: Browser, phone = false) =>
  browser.newContext({ locale: 'fr-FR', timezoneId: 'Europe/Paris', ...(phone ? PHONE : {}) });

/** A status change of the « Suivi du dossier » card: its button, then the reason dialog. */
async function moveTo(staff: Page, status: string, reason: string) {
  await staff.getByRole('button', { name: status, exact: true }).click();
  const dialog = staff.getByRole('dialog', { name: `Passer le dossier au statut « ${status} » ?` });
  await dialog.getByRole('textbox', { name: 'Motif' }).fill(reason);
  await dialog.getByRole('button', { name: status, exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(staff.getByText('Statut du dossier modifié.')).toBeVisible();
}

/** A document row of « Documents reçus » (the latest one of that label). */
const documentRow = (staff: Page, label: string) =>
  staff
    .getByRole('listitem')
    .filter({ has: staff.getByText(label, { exact: true }) })
    .last();

test('a candidate applies on a phone; the staff reviews, interviews, admits and enrols with an individual plan', async ({
  browser,
  playwright,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const email = `candidat.admission.${Date.now()}@example.org`;
  const reason = 'La copie du diplôme est illisible : envoyez un scan lisible du DEAS.';
  const adminApi = await playwright.request.newContext({ baseURL });
  const phoneContext = await newContext(browser, true);
  const deskContext = await newContext(browser);
  const candidate = await phoneContext.newPage();
  const staff = await deskContext.newPage();
  const uploads: Upload[] = [
    { label: 'CV', file: { name: 'cv-ines-lefevre.pdf', mimeType: 'application/pdf', buffer: minimalPdf('CV') } },
    { label: 'Lettre de motivation', file: { name: 'lettre-motivation.pdf', mimeType: 'application/pdf', buffer: minimalPdf('Lettre') } },
    { label: 'Copie du diplôme', file: { name: 'diplome-deas.png', mimeType: 'image/png', buffer: ONE_PIXEL_PNG } },
  ];
  const diploma = 'Copie du diplôme';
  try {
    const reference = await test.step('on a phone, the candidate applies', () => applyOnline(candidate, email));
    await apiLogin(adminApi, SCHOOL_ADMIN);
    const link = await test.step('the personal link arrives by e-mail', () => personalLink(adminApi, email));

    await test.step('the candidate uploads the three documents and sends the file', async () => {
      await candidate.goto(link);
      await expect(candidate.getByRole('heading', { name: 'Mon dossier de candidature' })).toBeVisible();
      for (const upload of uploads) await uploadDocument(candidate, upload);
      const submit = candidate.getByRole('button', { name: 'Envoyer mon dossier' });
      await expect(submit).toBeEnabled();
      await submit.click();
      await expect(candidate.getByText("Votre dossier a été envoyé à l'école")).toBeVisible();
    });

    await test.step('on a desktop, the staff opens the application from « Candidatures »', async () => {
      await login(staff, STAFF, DEMO_PASSWORD);
      await openMenu(staff, 'Candidatures');
      await staff.getByRole('textbox', { name: /Rechercher/ }).fill(email);
      const row = staff.getByRole('row').filter({ hasText: reference });
      await expect(row).toHaveCount(1);
      await row.getByText(reference).click();
      await expect(staff.getByRole('heading', { name: 'Documents reçus' })).toBeVisible();
      await expect(staff.getByText(email)).toBeVisible();
    });

    await test.step('the staff rejects the diploma with a reason: the file becomes « Incomplète » by itself', async () => {
      await expect(staff.getByText('Déposée', { exact: true })).toBeVisible();
      await documentRow(staff, diploma).getByRole('button', { name: 'Refuser' }).click();
      const dialog = staff.getByRole('dialog', { name: `Refuser « ${diploma} » ?` });
      await dialog.getByRole('textbox', { name: 'Motif' }).fill(reason);
      await dialog.getByRole('button', { name: 'Refuser' }).click();
      await expect(dialog).toBeHidden();
      await expect(documentRow(staff, diploma).getByText(`Motif du refus : ${reason}`)).toBeVisible();
      await expect(staff.getByText('Incomplète', { exact: true })).toBeVisible();
      await expect(staff.getByText('1 pièce manquante ou refusée')).toBeVisible();
      await expect(staff.getByRole('button', { name: 'Incomplète' })).toHaveCount(0);
    });

    await test.step('the candidate sees the reason, replaces the diploma and sends the file again', async () => {
      await candidate.reload();
      const item = candidate.getByRole('listitem', { name: diploma, exact: true });
      await expect(item.getByText('Refusé', { exact: true })).toBeVisible();
      await expect(item.getByText(`Motif du refus : ${reason}`)).toBeVisible();
      await expect(candidate.getByText("L'école demande des compléments")).toBeVisible();
      await uploadDocument(candidate, {
        label: diploma,
        file: { name: 'diplome-deas-lisible.pdf', mimeType: 'application/pdf', buffer: minimalPdf('Diplome') },
      });
      const submit = candidate.getByRole('button', { name: 'Envoyer mon dossier' });
      await expect(submit).toBeEnabled();
      await submit.click();
      await expect(candidate.getByText("Votre dossier a été envoyé à l'école")).toBeVisible();
    });

    await test.step('the staff accepts the three documents and declares the file complete', async () => {
      await staff.reload();
      await expect(staff.getByRole('heading', { name: 'Documents reçus' })).toBeVisible();
      for (const label of uploads.map((u) => u.label)) {
        const row = documentRow(staff, label);
        await row.getByRole('button', { name: 'Accepter' }).click();
        await expect(row.getByText('Accepté', { exact: true })).toBeVisible();
      }
      await moveTo(staff, 'Complète', 'Toutes les pièces sont conformes.');
    });

    await test.step('the staff schedules the interview and records a favourable outcome', async () => {
      await staff.getByRole('button', { name: "Planifier l'entretien" }).click();
      const planning = staff.getByRole('dialog', { name: "Planifier l'entretien" });
      await planning.getByLabel(/Date et heure de l'entretien/).fill('2030-03-12T10:00');
      await planning.getByRole('button', { name: 'Planifier' }).click();
      await expect(planning).toBeHidden();
      await expect(staff.getByText('Entretien : ')).toBeVisible();

      await staff.getByRole('button', { name: "Compte rendu d'entretien" }).click();
      const report = staff.getByRole('dialog', { name: "Compte rendu d'entretien" });
      await report.getByRole('combobox', { name: /Avis/ }).click();
      await staff.getByRole('option', { name: 'Favorable', exact: true }).click();
      await report.getByRole('textbox', { name: /Notes/ }).fill('Projet professionnel clair, très motivée.');
      await report.getByRole('button', { name: 'Enregistrer le compte rendu' }).click();
      await expect(report).toBeHidden();
      await expect(staff.getByText('Compte rendu : Favorable')).toBeVisible();
    });

    await test.step('the staff admits the candidate', () => moveTo(staff, 'Admise', 'Entretien favorable, conditions remplies.'));

    const justifications = await test.step('the staff enrols the candidate with the proposed exemptions', async () => {
      await staff.getByRole('button', { name: 'Inscrire dans la session' }).click();
      const dialog = staff.getByRole('dialog', { name: /^Inscrire Inès Lefèvre dans la session/ });
      const fields = dialog.getByRole('textbox', { name: 'Justification' });
      await expect(fields.first()).toBeVisible();
      const values = await fields.evaluateAll((inputs) => inputs.map((input) => (input as HTMLTextAreaElement).value));
      expect(values.length).toBeGreaterThan(0);
      await dialog.getByRole('button', { name: 'Inscrire', exact: true }).click();
      await expect(dialog.getByText('Candidat(e) inscrit(e) dans la session.')).toBeVisible();
      await dialog.getByRole('link', { name: 'Ouvrir la fiche du (de la) stagiaire' }).click();
      return values;
    });

    await test.step('the trainee page shows the exemptions in « Parcours individualisé »', async () => {
      await expect(staff.getByRole('tab', { name: 'Parcours individualisé' })).toHaveAttribute('aria-selected', 'true');
      await expect(staff.getByRole('heading', { name: 'Dispenses accordées' })).toBeVisible();
      for (const justification of justifications) {
        await expect(staff.getByText(justification.trim(), { exact: false }).first()).toBeVisible();
      }
      await staff.screenshot({ path: 'test-results/admissions-enrolled.png', fullPage: true });
    });
  } finally {
    await adminApi.dispose();
    await phoneContext.close();
    await deskContext.close();
  }
});
