import { expect, test, type Page } from '@playwright/test';
import { resetExemptionTable } from './admissions.api';
import { DEMO_PASSWORD, SCHOOL_ADMIN, STAFF, login, openMenu } from './helpers';
import { apiLogin } from './training.api';

const exemptionSection = (page: Page) => page.getByRole('region', { name: 'Table des dispenses' });

test('a school administrator changes the exemption table with a reason, is told why a table is refused, then goes back to the referential', async ({
  page,
  playwright,
  baseURL,
}) => {
  const adminApi = await playwright.request.newContext({ baseURL });
  try {
    await apiLogin(adminApi, SCHOOL_ADMIN);
    await resetExemptionTable(adminApi);
    const section = exemptionSection(page);
    // The table's rows: a header, then one per line.
    const rows = section.getByRole('row');
    const dialog = page.getByRole('dialog', { name: /^Table des dispenses – / });
    const lines = dialog.getByRole('listitem');

    const count = await test.step('the administrator opens the rules: the referential’s table is in force', async () => {
      await login(page, SCHOOL_ADMIN, DEMO_PASSWORD);
      await openMenu(page, 'Règles de certification');
      await expect(section.getByText('Table du référentiel', { exact: true })).toBeVisible();
      await expect(rows.nth(1)).toBeVisible();
      return (await rows.count()) - 1;
    });

    await test.step('two identical new lines: the API refuses the table and the dialog says which line', async () => {
      await section.getByRole('button', { name: 'Modifier' }).click();
      await expect(lines).toHaveCount(count);
      for (const index of [count + 1, count + 2]) {
        await dialog.getByRole('button', { name: 'Ajouter une ligne' }).click();
        await dialog
          .getByRole('listitem', { name: `Ligne ${index}` })
          .getByRole('textbox', { name: 'Justification' })
          .fill('Acquis en formation');
      }
      await dialog.getByRole('textbox', { name: 'Motif' }).fill('Essai de deux lignes identiques');
      await dialog.getByRole('button', { name: 'Enregistrer' }).click();
      await expect(dialog.getByText(/^Table des dispenses refusée : ligne \d+/)).toBeVisible();
      await dialog.getByRole('button', { name: 'Annuler' }).click();
      await expect(dialog).toBeHidden();
      await expect(section.getByText('Table du référentiel', { exact: true })).toBeVisible();
    });

    await test.step('the administrator removes the first line with a reason: the school’s table is in force', async () => {
      await section.getByRole('button', { name: 'Modifier' }).click();
      await expect(lines).toHaveCount(count);
      await dialog.getByRole('button', { name: 'Retirer la ligne 1', exact: true }).click();
      await expect(lines).toHaveCount(count - 1);
      await dialog.getByRole('textbox', { name: 'Motif' }).fill('Module non dispensé dans notre école.');
      await dialog.getByRole('button', { name: 'Enregistrer' }).click();
      await expect(dialog).toBeHidden();
      await expect(page.getByText("Table des dispenses de l'école enregistrée.")).toBeVisible();
      await expect(section.getByText('Table de l’école', { exact: true })).toBeVisible();
      await expect(rows).toHaveCount(count);
      await page.screenshot({ path: 'test-results/exemption-table-school.png', fullPage: true });
    });

    await test.step('the administrator goes back to the referential’s table with a reason', async () => {
      await section.getByRole('button', { name: 'Revenir à la table du référentiel' }).click();
      const reset = page.getByRole('dialog', { name: 'Revenir à la table du référentiel ?' });
      await reset.getByRole('textbox', { name: 'Motif' }).fill('Retour à la table nationale.');
      await reset.getByRole('button', { name: 'Revenir à la table du référentiel' }).click();
      await expect(reset).toBeHidden();
      await expect(section.getByText('Table du référentiel', { exact: true })).toBeVisible();
      await expect(rows).toHaveCount(count + 1);
    });
  } finally {
    await resetExemptionTable(adminApi).catch(() => undefined);
    await adminApi.dispose();
  }
});

test('the staff reads the certification rules and the exemption table without changing them', async ({ page }) => {
  await login(page, STAFF, DEMO_PASSWORD);
  await openMenu(page, 'Règles de certification');
  await expect(page.getByText("Consultation seule : seule la direction de l'école peut les modifier.")).toBeVisible();
  await expect(exemptionSection(page).getByRole('row').nth(1)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Modifier' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /Revenir/ })).toHaveCount(0);
});
