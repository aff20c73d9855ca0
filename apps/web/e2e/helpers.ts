import { expect, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'Demo-2026!cqp';
export const SCHOOL_ADMIN = 'direction@demo.cqp.local';
export const PLATFORM_ADMIN = 'admin@cqp.local';

export async function login(page: Page, email: string, password: string) {
  await page.goto('/login');
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByRole('textbox', { name: 'Mot de passe', exact: true }).fill(password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
}

/** Opens a menu entry on a desktop viewport (on a phone, see `openPhoneMenu`). */
export async function openMenu(page: Page, name: string) {
  await page.getByRole('menuitem', { name }).click();
  await expect(page).not.toHaveURL(/\/login/);
}

/** On a phone the menu is a drawer, closed at first: opens it, then the entry (the drawer closes itself). */
export async function openPhoneMenu(page: Page, name: string) {
  await page.getByRole('button', { name: 'Ouvrir le menu' }).click();
  await openMenu(page, name);
}

export const STAFF = 'secretariat@demo.cqp.local';
export const TRAINER = 'formateur@demo.cqp.local';
export const TRAINEE = 'stagiaire@demo.cqp.local';

/** A phone in portrait (the trainee's screens are designed for it). */
export const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } as const;
