import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD, PLATFORM_ADMIN, SCHOOL_ADMIN, login, openMenu } from './helpers';

test('a school admin invites a staff member who activates the account and signs in', async ({ page, browser, baseURL }) => {
  const stamp = Date.now();
  const email = `staff-${stamp}@demo.cqp.local`;
  const fullName = `Camille Martin ${stamp}`;
  const password = 'Un-mot-de-passe-solide-2026';

  await test.step('the school admin invites a staff member', async () => {
    await login(page, SCHOOL_ADMIN, DEMO_PASSWORD);
    await openMenu(page, 'Utilisateurs');
    await page.getByRole('link', { name: 'Inviter un utilisateur' }).click();
    // The form's fields, not the list's « Trier par nom complet » header still on screen while the form opens.
    await page.getByRole('textbox', { name: 'Nom complet', exact: true }).fill(fullName);
    await page.getByRole('textbox', { name: 'Adresse e-mail', exact: true }).fill(email);
    await page.getByLabel('Rôle').click();
    await page.getByRole('option', { name: 'Équipe pédagogique / secrétariat' }).click();
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await expect(page.getByText('Invitation envoyée.')).toBeVisible();
    await expect(page.getByText(email)).toBeVisible();
  });

  const invitationUrl = await test.step('the invitation appears among the sent messages', async () => {
    await openMenu(page, 'Messages envoyés');
    const row = page.getByRole('row').filter({ hasText: email });
    await expect(async () => {
      await page.reload();
      await expect(row.first()).toBeVisible({ timeout: 2_000 });
    }).toPass({ timeout: 20_000 });
    await row.first().click();
    const link = page.getByRole('link', { name: /\/invitation\// });
    await expect(link).toBeVisible();
    const href = await link.getAttribute('href');
    expect(href).toBeTruthy();
    // Same path on the server under test, whatever host the e-mail was written for.
    return new URL(new URL(href!).pathname, baseURL).toString();
  });

  const context = await browser.newContext({ locale: 'fr-FR', timezoneId: 'Europe/Paris' });
  const invited = await context.newPage();
  try {
    await test.step('the invited person chooses a password', async () => {
      await invited.goto(invitationUrl);
      await expect(invited.getByRole('heading', { name: 'Activer votre compte' })).toBeVisible();
      await expect(invited.getByText(email)).toBeVisible();
      await invited.getByRole('textbox', { name: 'Mot de passe', exact: true }).fill(password);
      await invited.getByLabel('Confirmez le mot de passe').fill(password);
      await invited.getByRole('button', { name: 'Activer mon compte' }).click();
      await expect(invited.getByText('Votre compte est prêt.')).toBeVisible();
    });

    await test.step('the new account signs in and sees the welcome page', async () => {
      await invited.getByRole('link', { name: 'Se connecter' }).click();
      await login(invited, email, password);
      await expect(invited.getByRole('heading', { name: `Bienvenue, ${fullName}` })).toBeVisible();
      await expect(invited.getByText('Équipe pédagogique / secrétariat')).toBeVisible();
      await invited.screenshot({ path: 'test-results/invitation-flow.png', fullPage: true });
    });
  } finally {
    await context.close();
  }
});

test('a wrong password shows the French error message from the API', async ({ page }) => {
  const answer = page.waitForResponse((response) => response.url().includes('/api/v1/auth/login'));
  await login(page, PLATFORM_ADMIN, 'pas-le-bon-mot-de-passe');
  const response = await answer;
  expect(response.status()).toBe(401);
  const { code, message } = (await response.json()) as { code: string; message: string };
  expect(code).toBe('INVALID_CREDENTIALS');
  await expect(page.getByRole('alert')).toContainText(message);
  await expect(page).toHaveURL(/\/login$/);

  // The right password then works (and resets the API's failed-login counter for the next runs).
  await login(page, PLATFORM_ADMIN, DEMO_PASSWORD);
  await expect(page.getByRole('menuitem', { name: 'Écoles' })).toBeVisible();
  await expect(page.getByRole('menuitem', { name: 'Utilisateurs' })).toHaveCount(0);
});
