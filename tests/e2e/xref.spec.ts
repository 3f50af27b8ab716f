import { expect, test } from '@playwright/test';
import { join } from 'node:path';
import { repo, serveArchive, type ServedArchive } from './support/host';
import { markClaim, openSeedClaims } from './support/claims';

let host: ServedArchive;
test.beforeAll(async () => {
  host = await serveArchive();
});
test.afterAll(async () => host.stop());

const shot = (name: string) => join(repo, 'docs', 'screenshots', `${name}.png`);

test('the seed’s conflicting figures become a claims table, side by side, dated, cited and flagged', async ({ page }) => {
  const tools = await openSeedClaims(page, host.url);
  await expect(tools.getByRole('list', { name: 'Figures in the text' })).toContainText('208');
  await markClaim(page, tools, '208 MKO dissidents were staying in the US camp up to last month', { value: '208', source: 'ARIA', asOf: '2007-12' });
  await markClaim(page, tools, 'gives their number at 110', { value: '110', source: 'US press office', asOf: '2008-01-26' });
  await markClaim(page, tools, 'this number had reduced to 50 last week', { value: '50', source: 'Javad Firuzmand', asOf: '2008-01-19' });
  await expect(tools.locator('.annotation-item')).toHaveCount(3);

  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Claims' }).click();
  const table = page.getByRole('table', { name: /MKO dissidents in the US camp/ });
  await expect(table).toContainText('sources disagree');
  await expect(table.locator('tbody tr td.claim-value')).toHaveText(['208', '50', '110']);
  await expect(table.locator('tbody tr').first()).toContainText('ARIA');
  await page.screenshot({ path: shot('xref-claims') });

  // Figures of any interview are offered as candidates, “about 3,400” whole; one opens the reader at it.
  const figures = page.getByRole('region', { name: 'Figures in the text' });
  await figures.getByLabel('Interview').selectOption({ label: "Camp Ashraf from 1986 to 2009: a historian's view" });
  const candidates = figures.getByRole('list', { name: 'Candidate figures' });
  await expect(candidates.getByRole('button', { name: /^about 3,400 —/ })).toBeVisible();
  await candidates.getByRole('button', { name: /^about 3,400 —/ }).click();
  await expect(page.getByRole('article')).toContainText('My own working figure is about 3,400');
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Claims' }).click();

  await table.getByRole('button', { name: /“gives their number at 110”/ }).click();
  await expect(page.getByRole('article')).toContainText('gives their number at 110');
});

test('while the names are still being found, the Entities view says so instead of showing an empty page', async ({ page }) => {
  // Hold the list back as a first extraction on a large archive does, then let it through.
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => { release = resolve; });
  await page.route('**/api/call/entities.list', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(host.url);
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Entities' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Finding the people, places and organisations' })).toBeVisible();
  await expect(page.getByText('Choose a name to see where it is mentioned.')).toHaveCount(0);
  release();
  await expect(page.getByRole('list', { name: 'Entities' }).getByRole('button', { name: /^MKO/ })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Finding the people' })).toHaveCount(0);
});

test('entities: aliases across scripts, mentions in context, and an entity page that opens the reader', async ({ page }) => {
  await page.goto(host.url);
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Entities' }).click();
  const list = page.getByRole('list', { name: 'Entities' });
  await expect(list.getByRole('button', { name: /^MKO/ })).toBeVisible();
  for (const name of ['Javad Firuzmand', 'Massoud Rajavi', 'Camp Ashraf', 'Arbil', 'Khalis', 'Dyala', 'ARIA', 'UNHCR', 'BBC']) {
    await expect(list.getByRole('button', { name: new RegExp(`^${name}(person|place|organisation)`) })).toBeVisible();
  }
  await list.getByRole('button', { name: /^MKO/ }).click();
  const entity = page.getByRole('article', { name: 'Entity: MKO' });
  await expect(entity).toContainText('also written MEK');
  await expect(entity.getByRole('list', { name: 'Mentions' }).locator('mark').first()).toBeVisible();
  await page.screenshot({ path: shot('xref-entities') });
  await entity.getByRole('list', { name: 'Mentions' }).getByRole('button').first().click();
  await expect(page.getByRole('article').first()).toBeVisible();

  await page.getByRole('searchbox', { name: 'Search the archive' }).fill('MEK');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Search results' }).locator('.hit-title', { hasText: 'Javad Firuzmand interviewed by Mehrdad Farahmand' })).toBeVisible();

  // The Persian name finds the English seed, which says only “MKO”.
  await page.getByRole('searchbox', { name: 'Search the archive' }).fill('مجاهدین');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Search results' }).locator('.hit-title', { hasText: 'Javad Firuzmand interviewed by Mehrdad Farahmand' })).toBeVisible();
});
