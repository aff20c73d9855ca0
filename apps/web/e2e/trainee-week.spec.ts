import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD, PHONE, TRAINEE, login, openPhoneMenu } from './helpers';

// The demo cohort has sessions every Monday and Tuesday of the weeks before today (never today).
test.use(PHONE);

test('on a phone, the trainee opens « Mon planning » and finds last week’s sessions', async ({ page }) => {
  await login(page, TRAINEE, DEMO_PASSWORD);
  await expect(page.getByRole('heading', { name: 'Mes séances du jour' })).toBeVisible();

  await openPhoneMenu(page, 'Mon planning');
  await expect(page).toHaveURL(/\/mon-planning/);
  await expect(page.getByRole('heading', { name: 'Mon planning', level: 1 })).toBeVisible();
  await expect(page.getByRole('button', { name: "S'abonner au calendrier" })).toBeVisible();

  await page.getByRole('button', { name: 'Semaine précédente' }).click();
  await expect(page).toHaveURL(/[?&]semaine=\d{4}-\d{2}-\d{2}/);
  // Retrying assertions only: the week's list may render again once its data arrives.
  const cards = page.getByRole('article');
  await expect(cards.first()).toContainText(/\d{2}:\d{2} – \d{2}:\d{2}/);
  await expect(cards).not.toHaveCount(0);
  await page.screenshot({ path: 'test-results/trainee-week.png', fullPage: true });
});
