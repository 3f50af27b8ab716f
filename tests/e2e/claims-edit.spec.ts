import { expect, test, type Page } from '@playwright/test';
import { markClaim, openSeedClaims } from './support/claims';
import { serveArchive, type ServedArchive } from './support/host';
import { selectInReader } from './support/select';

let host: ServedArchive;
test.beforeAll(async () => {
  host = await serveArchive();
});
test.afterAll(async () => host.stop());

const claimsView = async (page: Page) => {
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Claims' }).click();
  return page.getByRole('table', { name: /Camp residents counted/ });
};

test('a claim is edited in place, deleted, and the delete undone, each kept after a reload', async ({ page }) => {
  const tools = await openSeedClaims(page, host.url);
  await markClaim(page, tools, 'gives their number at 110', { what: 'Camp residents counted', value: '110', source: 'US press office', asOf: '2008-01-26' });
  const table = await claimsView(page);
  const editButton = table.getByRole('button', { name: 'Edit the claim 110 per US press office' });
  const edit = page.getByRole('form', { name: 'Edit the claim 110' });
  // A cancelled edit leaves nothing behind: the next one starts from the claim as saved.
  await editButton.click();
  await edit.getByLabel('Value').fill('999');
  await edit.getByRole('button', { name: 'Cancel' }).click();
  await editButton.click();
  await expect(edit.getByLabel('Value')).toHaveValue('110');
  await edit.getByLabel('Value').fill('111');
  await edit.getByLabel('Source').fill('The press office of the US forces');
  await edit.getByLabel('As of').fill('2008-01');
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(edit).toHaveCount(0);
  const row = table.locator('tbody tr');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('111');
  await expect(row).toContainText('2008-01');
  await expect(row).toContainText('The press office of the US forces');

  await page.reload();
  await expect(row).toContainText('111');
  await table.getByRole('button', { name: 'Delete the claim 111 per The press office of the US forces' }).click();
  await expect(table).toHaveCount(0);
  const notice = page.getByRole('status').filter({ hasText: 'Deleted the claim 111' });
  await notice.getByRole('button', { name: 'Undo' }).click();
  await expect(notice).toHaveCount(0);
  await expect(row).toContainText('111');
  await expect(row).toContainText('“gives their number at 110”');

  await page.reload();
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('The press office of the US forces');
});

test('a guess for the selection that arrives after the researcher typed fills only the fields left empty', async ({ page }) => {
  const tools = await openSeedClaims(page, host.url);
  // Hold the prefill's answer, as a busy host would, until the researcher has typed.
  let release = () => undefined as void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/api/call/claims.prefill', async (route) => {
    await held;
    await route.continue();
  });
  await selectInReader(page, 'gives their number at 110');
  const form = tools.getByRole('form', { name: 'New claim' });
  await expect(tools.getByText('Reading the selection…')).toBeVisible();
  await form.getByLabel('Value').fill('111');
  release();
  await expect(tools.getByText('Reading the selection…')).toHaveCount(0);
  await expect(form.getByLabel('Source (who says it)')).toHaveValue('The press office of the US forces');
  await expect(form.getByLabel('Value')).toHaveValue('111');
});
