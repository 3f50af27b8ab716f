import { expect, test } from '@playwright/test';
import { serveArchive, type ServedArchive, repo } from './support/host';
import { join } from 'node:path';

let host: ServedArchive;
test.beforeAll(async () => {
  host = await serveArchive();
});
test.afterAll(async () => {
  await host.stop();
});

test('lists the sample archive, searches it, opens a hit with the terms highlighted', async ({ page }) => {
  await page.goto(host.url);
  const list = page.getByRole('list', { name: 'Interviews' });
  await expect(list.getByRole('button', { name: /Javad Firuzmand/ }).first()).toBeVisible();
  // 12 interviews: the recorded one's .ogg belongs to its transcript and is not listed.
  await expect(list.getByRole('listitem')).toHaveCount(12);
  await expect(page.getByRole('progressbar')).toHaveCount(0);

  await page.getByRole('searchbox', { name: 'Search the archive' }).fill('Firuzmand');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  const results = page.getByRole('region', { name: 'Search results' });
  await expect(results.getByRole('heading')).toContainText('match');
  const firstHit = results.locator('.hit').first();
  await expect(firstHit.locator('mark').first()).toHaveText(/Firuzmand/i);

  await firstHit.locator('.snippet').first().click();
  const reader = page.getByRole('article');
  await expect(reader.locator('.hit-mark.current')).toHaveText(/Firuzmand/i);
  const count = await reader.locator('.hit-mark').count();
  expect(count).toBeGreaterThan(0);
  await expect(reader.getByText(/Hit 1 of/)).toBeVisible();
  await page.screenshot({ path: join(repo, 'docs', 'screenshots', 'reader-light.png') });
});

test('search results are ranked and show snippets', async ({ page }) => {
  await page.goto(host.url);
  await page.getByRole('searchbox', { name: 'Search the archive' }).fill('"Camp Ashraf" refuge');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  const hits = page.locator('.hit');
  await expect(hits.first()).toBeVisible();
  await expect(hits.first().locator('.snippet').first()).toBeVisible();
  await page.screenshot({ path: join(repo, 'docs', 'screenshots', 'search-light.png') });
});
