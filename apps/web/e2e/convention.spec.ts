import { expect, test, type APIRequestContext, type Browser } from '@playwright/test';
import type { SchoolProfile } from '../src/api/school';
import { DEMO_PASSWORD, PHONE, SCHOOL_ADMIN, STAFF, login } from './helpers';
import { freshPlacement } from './internship.api';
import { apiLogin, json } from './training.api';

const SHOTS = 'test-results/convention';

/** The demo school must say who signs for it and where to write (the « Établissement » page). */
async function ensureSignatory(adminApi: APIRequestContext): Promise<string> {
  const profile = await json<SchoolProfile>(await adminApi.get('/api/v1/school/profile'));
  if (profile.signatory && profile.contactEmail) return profile.contactEmail;
  const filled = {
    address: profile.address,
    siret: profile.siret,
    activityNumber: profile.activityNumber,
    phone: profile.phone,
    signatory: profile.signatory ?? 'Claire Dubois, directrice',
    contactEmail: profile.contactEmail ?? 'direction@demo.cqp.local',
  };
  await json(await adminApi.put('/api/v1/school/profile', { data: filled }));
  return filled.contactEmail;
}

/** The signature link last e-mailed to `to` about `traineeName`, read in the outbox by the school administrator. */
async function signatureLink(adminApi: APIRequestContext, to: string, traineeName: string): Promise<string> {
  let path = '';
  await expect(async () => {
    const { items } = await json<{ items: { id: string; to: string; subject: string }[] }>(
      await adminApi.get('/api/v1/outbox', { params: { q: traineeName } }),
    );
    const mail = items.find((m) => m.to === to && m.subject.startsWith('Convention de stage à signer'));
    expect(mail, `no signature e-mail to ${to}`).toBeTruthy();
    const { text } = await json<{ text: string }>(await adminApi.get(`/api/v1/outbox/${mail!.id}`));
    path = /\/signature\/[A-Za-z0-9_-]+/.exec(text)![0];
  }).toPass({ timeout: 15_000 });
  return path;
}

/** A party signs on a phone through its link. */
async function signOnPhone(browser: Browser, path: string, name: string, shot?: string) {
  const context = await browser.newContext(PHONE);
  const phone = await context.newPage();
  try {
    await phone.goto(path);
    await expect(phone.getByRole('heading', { name: 'Signature de la convention de stage' })).toBeVisible();
    await expect(phone.getByRole('link', { name: 'Lire la convention (PDF)' })).toBeVisible();
    await phone.getByLabel('Votre nom et prénom').fill(name);
    if (shot) await phone.screenshot({ path: `${SHOTS}/${shot}-form.png`, fullPage: true, animations: 'disabled' });
    const submit = phone.getByRole('button', { name: 'Signer' });
    await expect(submit).toBeDisabled();
    await phone.getByLabel('Je certifie avoir lu la convention et je la signe électroniquement').check();
    await submit.click();
    await expect(phone.getByText('Merci, votre signature est enregistrée.')).toBeVisible();
    if (shot) await phone.screenshot({ path: `${SHOTS}/${shot}-done.png`, fullPage: true, animations: 'disabled' });
    // The link is used up: opening it again says so.
    await phone.reload();
    await expect(phone.getByText('Ce lien ne peut pas être utilisé')).toBeVisible();
    await expect(phone.getByText('Ce lien a déjà été utilisé')).toBeVisible();
  } finally {
    await context.close();
  }
}

test('a convention drafted and sent by staff, signed on a phone by the three parties, then the placement starts', async ({
  page,
  browser,
  playwright,
  baseURL,
}) => {
  const staffApi = await playwright.request.newContext({ baseURL });
  const adminApi = await playwright.request.newContext({ baseURL });
  try {
    const run = Date.now().toString(36).slice(-6);
    await apiLogin(staffApi, STAFF);
    await apiLogin(adminApi, SCHOOL_ADMIN);
    const schoolEmail = await ensureSignatory(adminApi);
    const { placement, traineeEmail, hostEmail, traineeName } = await freshPlacement(staffApi, run);
    const placementId = placement.id;
    const panel = page.getByRole('region', { name: 'Convention de stage' });

    await test.step('staff: no convention, the start is refused; the convention is created and sent', async () => {
      await page.setViewportSize({ width: 1280, height: 900 });
      await login(page, STAFF, DEMO_PASSWORD);
      await expect(page).not.toHaveURL(/\/login/);
      await page.goto(`/placements/${placementId}/show`);
      await expect(panel.getByText('Aucune convention pour ce stage.')).toBeVisible();
      await panel.getByRole('button', { name: 'Démarrer le stage' }).click();
      await expect(panel.getByText(/Le stage ne peut pas commencer sans convention signée/)).toBeVisible();
      await panel.getByRole('button', { name: 'Créer la convention' }).click();
      const v1 = panel.getByTestId('convention-v1');
      await expect(v1.getByText('Brouillon')).toBeVisible();
      await v1.getByRole('button', { name: 'Envoyer pour signature' }).click();
      await expect(v1.getByText('Envoyée pour signature')).toBeVisible();
      await expect(v1.getByTestId('party-host')).toContainText('Dr Anne Roux');
      await expect(v1.getByTestId('party-host')).toContainText('en attente');
      await page.screenshot({ path: `${SHOTS}/panel-sent.png`, fullPage: true, animations: 'disabled' });
    });

    await test.step('phone: each party signs through its own link', async () => {
      await signOnPhone(browser, await signatureLink(adminApi, traineeEmail, traineeName), 'Camille Roussel', 'phone-trainee');
      await signOnPhone(browser, await signatureLink(adminApi, hostEmail, traineeName), 'Dr Anne Roux');
      await signOnPhone(browser, await signatureLink(adminApi, schoolEmail, traineeName), 'Claire Dubois', 'phone-school');
    });

    await test.step('staff: the convention is signed, the placement starts', async () => {
      await page.reload();
      const v1 = panel.getByTestId('convention-v1');
      await expect(v1.getByText('Signée', { exact: true })).toBeVisible();
      await expect(v1.getByTestId('party-trainee')).toContainText('Signée par Camille Roussel');
      await expect(v1.getByRole('button', { name: 'Faire un avenant' })).toBeVisible();
      await panel.getByRole('button', { name: 'Démarrer le stage' }).click();
      await expect(panel.getByText(/Stage démarré le/)).toBeVisible();
      await page.screenshot({ path: `${SHOTS}/panel-signed.png`, fullPage: true, animations: 'disabled' });
    });
  } finally {
    await staffApi.dispose();
    await adminApi.dispose();
  }
});

test('school administrator: the convention template card refuses an unknown placeholder and names it', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await login(page, SCHOOL_ADMIN, DEMO_PASSWORD);
  await expect(page).not.toHaveURL(/\/login/);
  await page.goto('/etablissement');
  const card = page.getByRole('region', { name: 'Modèle de convention de stage' });
  await expect(card.getByText('{{stagiaire}}', { exact: true })).toBeVisible();
  const bodies = card.getByLabel('Texte de l’article');
  await bodies.first().fill('Convention signée à {{ville}} avec {{stagiaire}}.');
  await card.getByRole('button', { name: 'Enregistrer le modèle' }).click();
  await expect(card.getByText(/Champ inconnu dans le modèle : \{\{ville\}\}/)).toBeVisible();
  await card.screenshot({ path: `${SHOTS}/template-refused.png`, animations: 'disabled' });
});
