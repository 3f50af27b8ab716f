import { expect, test } from '@playwright/test';
import { join } from 'node:path';
import { repo, serveArchive, type ServedArchive } from './support/host';

let host: ServedArchive;
test.beforeAll(async () => {
  host = await serveArchive();
});
test.afterAll(async () => host.stop());

async function search(page: import('@playwright/test').Page, query: string) {
  await page.getByRole('searchbox', { name: 'Search the archive' }).fill(query);
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  return page.getByRole('region', { name: 'Search results' });
}

test('Persian queries find the Persian interview with Arabic-form letters and either digit script', async ({ page }) => {
  await page.goto(host.url);
  // The file spells the camp «كمپ اشرف» with Arabic kaf; the query uses Persian keheh.
  let results = await search(page, 'کمپ اشرف');
  await expect(results.locator('.hit-title').first()).toHaveAttribute('dir', 'rtl');
  // ۱۲ in the text is found by ASCII digits.
  results = await search(page, '12 اربیل');
  await expect(results.locator('.hit-title[dir="rtl"]')).toHaveCount(1);

  await results.locator('.hit-title[dir="rtl"]').click();
  const reader = page.getByRole('article');
  await expect(reader.locator('.reader-body')).toHaveAttribute('dir', 'rtl');
  await expect(reader).toHaveAttribute('lang', 'fa');
  await expect(reader.locator('.hit-mark').first()).toBeVisible();
  await page.screenshot({ path: join(repo, 'docs', 'screenshots', 'reader-persian.png') });
});
