import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD, SCHOOL_ADMIN, STAFF, TRAINEE, login, openMenu } from './helpers';

/** « Notifications (2 non lues) », « Notifications (1 non lue) », « Notifications ». */
const bellName = (unread: number) => (unread === 0 ? 'Notifications' : `Notifications (${unread} non lue${unread > 1 ? 's' : ''})`);

/**
 * The demo seed gives the demo trainee two unread reminders and one read, and the staff one failed e-mail. The worker
 * runs during the browser tests: earlier tests' events (a session created for tomorrow…) may add real ones, so counts
 * are read from the API and the seeded reminders found by their text.
 */
test('a trainee sees the unread count on the bell, opens the centre, opens a reminder and marks all read; mutes an optional reminder only', async ({
  page,
}) => {
  await login(page, TRAINEE, DEMO_PASSWORD);
  const bell = page.getByRole('link', { name: /^Notifications/ });
  await expect(bell).toBeVisible();
  const mine = await page.request.get('/api/v1/me/notifications');
  expect(mine.status()).toBe(200);
  const unread: number = (await mine.json()).unreadCount;
  expect(unread).toBeGreaterThanOrEqual(2);
  await expect(bell).toHaveAccessibleName(bellName(unread));
  await expect(page.getByTestId('notification-badge')).toContainText(String(unread));
  await bell.click();
  await expect(page).toHaveURL(/\/notifications$/);
  await expect(page.getByRole('heading', { name: 'Notifications', level: 1 })).toBeVisible();
  await expect(page.getByText(`${unread} non lues`, { exact: true })).toBeVisible();
  const items = page.getByTestId('notification-item');
  const seeded = items.filter({ hasText: 'Séance « Accueil et prise en charge administrative » demain' });
  await expect(seeded).toHaveAttribute('data-unread', 'true');
  await expect(items.last()).toHaveAttribute('data-unread', 'false');
  await page.screenshot({ path: 'test-results/notifications-centre.png', fullPage: true });

  // « Ouvrir » goes to the page to act on and marks the reminder read.
  await seeded.getByRole('link', { name: 'Ouvrir' }).click();
  await expect(page).toHaveURL(/\/mon-planning$/);
  await expect(bell).toHaveAccessibleName(bellName(unread - 1));
  await bell.click();
  await page.getByRole('button', { name: 'Tout marquer comme lu' }).click();
  await expect(page.getByText('Tout est lu.')).toBeVisible();
  await expect(bell).toHaveAccessibleName('Notifications');
  await expect(page.getByTestId('notification-item').first()).toHaveAttribute('data-unread', 'false');

  // Preferences: an optional reminder can be switched off (and on again), a mandatory one cannot.
  const optional = page.getByRole('switch', { name: 'Séance de formation demain' });
  await expect(optional).toBeChecked();
  await optional.click();
  await expect(page.getByText('Vos préférences sont enregistrées.')).toBeVisible();
  await expect(optional).not.toBeChecked();
  const mandatory = page.getByRole('switch', { name: 'Convention de stage non signée' });
  await expect(mandatory).toBeChecked();
  await expect(mandatory).toBeDisabled();
  await expect(page.getByText('obligatoire').first()).toBeVisible();
  await page.screenshot({ path: 'test-results/notifications-preferences.png', fullPage: true });
  await optional.click();
  await expect(optional).toBeChecked();
});

test('staff see the school’s reminders: counts per status, filters, the next sends, and send a failed e-mail again', async ({ page }) => {
  await login(page, STAFF, DEMO_PASSWORD);
  await openMenu(page, 'Relances');
  await expect(page.getByRole('heading', { name: 'Relances', level: 1 })).toBeVisible();
  const failedChip = page.getByTestId('status-chip-failed');
  await expect(failedChip).toHaveText('En échec (1)');
  await expect(page.getByRole('heading', { name: 'Prochains envois' })).toBeVisible();
  await expect(page.getByTestId('next-send').first()).toContainText(/\d{2}\/\d{2}\/\d{4} \d{2}:\d{2} · /); // the seeded BPF reminder at least
  await page.screenshot({ path: 'test-results/reminders-overview.png', fullPage: true });

  await failedChip.click();
  await expect(page).toHaveURL(/statut=failed/);
  const row = page.getByTestId('reminder-row');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Évaluation du stagiaire en retard');
  await expect(row).toContainText('Connexion au serveur SMTP refusée');
  await expect(row).toContainText('En échec');
  await page.screenshot({ path: 'test-results/reminders-failed.png', fullPage: true });
  await row.getByRole('button', { name: 'Renvoyer' }).click();
  await expect(page.getByText('La notification est reprogrammée')).toBeVisible();
  await expect(failedChip).toHaveText('En échec (0)');

  await failedChip.click(); // chosen again: back to every status
  await expect(page).not.toHaveURL(/statut=/);
  await expect(page.getByTestId('reminder-row').first()).toBeVisible();
  await page.getByLabel('Destinataire').fill('Léa');
  await expect(page).toHaveURL(/q=L/);
  await expect(page).not.toHaveURL(/statut=/);
  await expect(page.getByTestId('reminder-row').first()).toContainText('Léa Moreau');
  await expect(page.getByTestId('reminder-row').filter({ hasNotText: 'Léa Moreau' })).toHaveCount(0);
});

test('the queue board is the platform’s only (it shows every school’s jobs); a trainee has no « Relances »', async ({ page }) => {
  await login(page, SCHOOL_ADMIN, DEMO_PASSWORD);
  await expect(page.getByRole('link', { name: /^Notifications/ })).toBeVisible();
  expect((await page.request.get('/api/admin/queues/api/queues')).status()).toBe(403);
  expect((await page.request.put('/api/admin/queues/api/queues/mail/pause')).status()).toBe(403);
  await page.context().clearCookies();
  await login(page, TRAINEE, DEMO_PASSWORD);
  await expect(page.getByRole('link', { name: /^Notifications/ })).toBeVisible();
  await expect(page.getByRole('menuitem', { name: 'Relances' })).toHaveCount(0);
});
