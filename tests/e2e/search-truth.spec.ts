/**
 * What the results list says is what the reader shows: for a sample of queries the list's
 * "N hits" equals the reader's marks and its "Hit 1 of N"; phrases are marked whole. A query that
 * cannot run clears the old answer; filters are chips; misspellings get "did you mean".
 */
import { expect, test, type Page } from '@playwright/test';
import { join } from 'node:path';
import { serveArchive, type ServedArchive, repo } from './support/host';

let host: ServedArchive;
test.beforeAll(async () => {
  host = await serveArchive();
});
test.afterAll(async () => {
  await host.stop();
});

const shot = (name: string) => join(repo, 'docs', 'screenshots', `${name}.png`);
const results = (page: Page) => page.getByRole('region', { name: 'Search results' });

async function search(page: Page, query: string): Promise<void> {
  await page.getByRole('searchbox', { name: 'Search the archive' }).fill(query);
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(results(page).getByRole('heading').first()).toContainText(query);
}

async function open(page: Page): Promise<void> {
  await page.goto(host.url);
  await expect(page.getByRole('list', { name: 'Interviews' }).getByRole('listitem').first()).toBeVisible();
  await expect(page.getByRole('progressbar')).toHaveCount(0);
}

test('the list\'s hit count is the reader\'s: marks and "Hit 1 of N", for words, phrases, wildcards, fuzzy and Persian', async ({ page }) => {
  test.setTimeout(120_000);
  await open(page);
  const queries = ['"camp in Arbil"', 'Firuzmand', 'camp*', 'ashraf~1', '"Camp Ashraf" refugee', '+camp -Paris', 'اشرف', 'MEK'];
  let compared = 0;
  for (const query of queries) {
    await search(page, query);
    const hits = results(page).locator('.hit');
    const n = Math.min(3, await hits.count());
    expect(n, `${query} finds something`).toBeGreaterThan(0);
    for (let i = 0; i < n; i++) {
      const said = Number(/(\d+) hits?/.exec((await hits.nth(i).locator('.hit-count').textContent()) ?? '')?.[1] ?? '0');
      await hits.nth(i).locator('.hit-title').click();
      const reader = page.getByRole('article');
      await expect(reader).toBeVisible();
      if (said > 0) await expect(reader.getByText(`Hit 1 of ${said}`, { exact: true }), `${query}: hit ${i}`).toBeVisible();
      else await expect(reader.locator('.hit-nav')).toHaveCount(0);
      const marked = new Set(await reader.locator('.hit-mark').evaluateAll((els) => els.map((e) => e.getAttribute('data-hit'))));
      expect(marked.size, `${query}: marks in hit ${i}`).toBe(said);
      compared++;
      await page.getByRole('button', { name: '← Back to results' }).click();
    }
  }
  expect(compared).toBeGreaterThan(10);
});

test('a phrase is marked whole in the snippets and in the reader', async ({ page }) => {
  await open(page);
  await search(page, '"camp in Arbil"');
  const marks = results(page).locator('.snippet mark');
  await expect(marks.first()).toBeVisible();
  for (const text of await marks.allTextContents()) expect(text).toMatch(/^camp\s+in\s+Arbil$/i);
  await results(page).locator('.snippet').first().click();
  const current = page.getByRole('article').locator('.hit-mark.current');
  await expect(current.first()).toBeVisible();
  expect((await current.allTextContents()).join('')).toMatch(/^camp\s+in\s+Arbil$/i);
  await page.screenshot({ path: shot('reader-phrase') });
});

test('a query that cannot run clears the old results and says how to write it', async ({ page }) => {
  await open(page);
  await search(page, 'Greece');
  await expect(results(page).locator('.hit').first()).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search the archive' }).fill('+');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('goes right before a word');
  await expect(page.locator('.hit')).toHaveCount(0);
  await expect(page.getByText(/match ‘?\+/)).toHaveCount(0);
});

test('filters are removable chips; an empty answer says which filter excluded what; a part of a name is enough', async ({ page }) => {
  await open(page);
  await page.getByRole('button', { name: 'Filters' }).click();
  await page.getByLabel('Interviewee (or part of the name)').fill('Marsh');
  await search(page, 'camp');
  const chips = results(page).getByRole('list', { name: 'Active filters' });
  await expect(chips.getByRole('listitem')).toHaveText(['interviewee ‘Marsh’×']);
  const hits = results(page).locator('.hit');
  await expect(hits.first()).toBeVisible();
  for (const meta of await hits.locator('.hit-meta').allTextContents()) expect(meta).toMatch(/Marsh/);
  await page.screenshot({ path: shot('search-chips') });

  await search(page, 'Rajavi');
  await expect(results(page).getByText(/\d+ interviews? match(es)? ‘Rajavi’, but none with interviewee ‘Marsh’\./)).toBeVisible();
  await chips.getByRole('button', { name: 'Remove filter interviewee ‘Marsh’' }).click();
  await expect(results(page).locator('.hit').first()).toBeVisible();
  await expect(results(page).getByRole('list', { name: 'Active filters' })).toHaveCount(0);
  await expect(page.getByLabel('Interviewee (or part of the name)')).toHaveValue('');
});

test('a misspelling offers the archive\'s own word, and a tag-only hit says where it matched', async ({ page }) => {
  await open(page);
  await search(page, 'Firuzmund');
  await expect(results(page).locator('.hit')).toHaveCount(0);
  const suggestion = results(page).getByRole('button', { name: 'Firuzmand' });
  await expect(suggestion).toBeVisible();
  await page.screenshot({ path: shot('search-did-you-mean') });
  await suggestion.click();
  await expect(results(page).getByRole('heading').first()).toContainText('Firuzmand');
  await expect(results(page).locator('.hit').first()).toBeVisible();
  await expect(page.getByRole('searchbox', { name: 'Search the archive' })).toHaveValue('Firuzmand');

  await search(page, 'Ashraff');
  await expect(results(page).getByRole('button', { name: 'Ashraf' })).toBeVisible();

  await search(page, 'tags:Khalis');
  const hit = results(page).locator('.hit').first();
  await expect(hit.locator('.hit-count')).toHaveText('matched in the tags');
});
