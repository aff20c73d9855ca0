import { expect, type APIRequestContext, type Page } from '@playwright/test';
import type { OutboxMessage, OutboxMessageDetail } from '../src/api/types';

/** The candidate's steps, shared by candidate.spec.ts and admissions.spec.ts. */

export interface Afgsu {
  level: 1 | 2;
  /** "YYYY-MM-DD" */
  issuedOn: string;
}

/** Fills the application form at /candidater/demo for the first open session, with an AFGSU attestation if given. */
export async function fillApplication(page: Page, email: string, afgsu?: Afgsu) {
  await page.goto('/candidater/demo');
  await expect(page.getByRole('heading', { name: 'Candidater au CQP Assistant(e) médical(e)' })).toBeVisible();
  await page.getByLabel('Session souhaitée').click();
  await page.getByRole('option').first().click();
  await page.getByLabel('Nom de famille').fill('Lefèvre');
  await page.getByLabel('Prénom').fill('Inès');
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByLabel('Téléphone').fill('06 12 34 56 78');
  await page.getByRole('radio', { name: 'Aide-soignant(e)' }).check();
  await page.getByRole('checkbox', { name: /\(DEAS\)/ }).check();
  await page.getByLabel("Années d'expérience comme secrétaire médical(e)").fill('1');
  await page.getByLabel('Financement envisagé').click();
  await page.getByRole('option', { name: /CPF/ }).click();
  if (afgsu) {
    await page.getByLabel('J’ai une attestation AFGSU').check();
    await page.getByLabel("Niveau de l'attestation").click();
    await page.getByRole('option', { name: `AFGSU de niveau ${afgsu.level}` }).click();
    await page.getByLabel('Date de délivrance').fill(afgsu.issuedOn);
  }
}

/** Sends the filled form; returns the reference shown. */
export async function sendApplication(page: Page, email: string): Promise<string> {
  await page.getByRole('button', { name: 'Envoyer ma candidature' }).click();
  await expect(page.getByRole('heading', { name: 'Candidature enregistrée' })).toBeVisible();
  const reference = page.getByText(/^C-[A-Z0-9]{6}$/);
  await expect(reference).toBeVisible();
  await expect(page.getByText(email)).toBeVisible();
  return (await reference.innerText()).trim();
}

/** Fills and sends the application form; returns the reference shown. */
export async function applyOnline(page: Page, email: string, afgsu?: Afgsu): Promise<string> {
  await fillApplication(page, email, afgsu);
  return sendApplication(page, email);
}

/** The path of the personal link e-mailed to `email`, read in the outbox by the school administrator. */
export async function personalLink(adminApi: APIRequestContext, email: string): Promise<string> {
  let text = '';
  await expect(async () => {
    const list = await adminApi.get('/api/v1/outbox', { params: { q: email } });
    expect(list.ok()).toBeTruthy();
    const { items } = (await list.json()) as { items: OutboxMessage[] };
    expect(items.length).toBeGreaterThan(0);
    const message = await adminApi.get(`/api/v1/outbox/${items[items.length - 1].id}`);
    expect(message.ok()).toBeTruthy();
    text = ((await message.json()) as OutboxMessageDetail).text;
    expect(text).toMatch(/\/candidature\/[A-Za-z0-9_-]+/);
  }).toPass({ timeout: 20_000 });
  return /\/candidature\/[A-Za-z0-9_-]+/.exec(text)![0];
}

export interface Upload {
  label: string;
  file: { name: string; mimeType: string; buffer: Buffer };
}

/** Sends (or replaces) the file of one document of the checklist and waits until it is received. */
export async function uploadDocument(page: Page, { label, file }: Upload) {
  const item = page.getByRole('listitem', { name: label, exact: true });
  await item.locator('input[type="file"]').setInputFiles(file);
  await expect(item.getByRole('progressbar', { name: `Envoi : ${label}` })).toHaveAttribute('aria-valuenow', '100');
  await expect(item.getByText('Reçu', { exact: true })).toBeVisible();
  await expect(item.getByText(`Fichier : ${file.name}`)).toBeVisible();
}
