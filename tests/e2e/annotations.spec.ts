import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repo, serveArchive, type ServedArchive } from './support/host';
import { selectInReader } from './support/select';

let host: ServedArchive;
test.beforeAll(async () => {
  host = await serveArchive();
});
test.afterAll(async () => host.stop());

const shot = (name: string) => join(repo, 'docs', 'screenshots', `${name}.png`);

async function openSeed(page: Page) {
  await page.goto(host.url);
  await page.getByRole('list', { name: 'Interviews' }).getByRole('button', { name: /Javad Firuzmand interviewed by/ }).click();
  await expect(page.getByRole('article')).toContainText('208 MKO dissidents');
  return page.getByRole('complementary', { name: 'Interview tools' });
}

test('annotate a passage with a note and a new code, edit, undo, delete, undo, and find it all after a reload', async ({ page }) => {
  const panel = await openSeed(page);
  await selectInReader(page, '208 MKO dissidents were staying in the US camp');
  const form = panel.getByRole('form', { name: 'New annotation' });
  await expect(form.locator('.quote-preview')).toHaveText('208 MKO dissidents were staying in the US camp');
  await form.getByLabel('Note').fill('ARIA’s figure, as of last month');
  await form.getByLabel('Find or create a code').fill('Figures/Camp population');
  await form.getByRole('button', { name: /Create code/ }).click();
  await expect(form.getByRole('checkbox', { name: 'Figures/Camp population' })).toBeChecked();
  await form.getByRole('button', { name: 'Save annotation' }).click();

  const mark = page.locator('.reader-body [data-annotation]');
  await expect(mark).toHaveText('208 MKO dissidents were staying in the US camp');
  const item = panel.locator('.annotation-item');
  await expect(item).toHaveCount(1);
  await expect(item).toContainText('ARIA’s figure, as of last month');
  await expect(item.locator('.code-chip')).toHaveText('Camp population');
  await page.screenshot({ path: shot('annotations-reader') });

  await item.getByRole('button', { name: 'Edit' }).click();
  await item.getByLabel('Note').fill('Edited note');
  await item.getByRole('button', { name: 'Save changes' }).click();
  await expect(item).toContainText('Edited note');
  await panel.getByRole('button', { name: /^Undo/ }).click();
  await expect(item).toContainText('ARIA’s figure, as of last month');
  await panel.getByRole('button', { name: /^Redo/ }).click();
  await expect(item).toContainText('Edited note');

  await item.getByRole('button', { name: 'Delete' }).click();
  await expect(panel.locator('.annotation-item')).toHaveCount(0);
  await expect(mark).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(panel.locator('.annotation-item')).toHaveCount(1);
  await expect(mark).toHaveCount(1);

  await page.reload();
  const again = await openSeed(page);
  await expect(again.locator('.annotation-item')).toContainText('Edited note');
  await expect(page.locator('.reader-body [data-annotation]')).toHaveText('208 MKO dissidents were staying in the US camp');
});

test('the Annotations view filters by code, finds notes and memos, and exports CSV', async ({ page }) => {
  const panel = await openSeed(page);
  await selectInReader(page, 'The press office of the US forces today gives their number at 110');
  await panel.getByLabel('Find or create a code').fill('Figures/Camp population');
  await panel.getByRole('checkbox', { name: 'Figures/Camp population' }).check();
  await panel.getByLabel('Note').fill('US figure');
  await panel.getByRole('button', { name: 'Save annotation' }).click();
  await selectInReader(page, 'Camp Ashraf was established in 1986');
  await panel.getByLabel('Find or create a code').fill('History');
  await panel.getByRole('button', { name: /Create code/ }).click();
  await panel.getByRole('button', { name: 'Save annotation' }).click();
  await expect(panel.locator('.annotation-item')).toHaveCount(3); // with the one from the first test
  await panel.getByRole('button', { name: 'Add a memo' }).click();
  const memoForm = panel.getByRole('form', { name: 'Memo' });
  await memoForm.getByLabel('Title').fill('Conflicting counts');
  await memoForm.getByLabel('Memo', { exact: true }).fill('Three sources, three numbers for the US camp.');
  await memoForm.getByRole('button', { name: 'Save memo' }).click();
  await expect(panel.locator('.memo')).toContainText('Conflicting counts');

  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Annotations' }).click();
  const view = page.getByRole('region', { name: 'Annotations' });
  await view.getByLabel('Filter by code').selectOption({ label: 'Figures' });
  await expect(view.locator('.result-row')).toHaveCount(2);
  await view.getByLabel('Filter by code').selectOption({ label: 'History' });
  await expect(view.locator('.result-row')).toHaveCount(1);
  await view.getByLabel('Filter by code').selectOption('');
  await view.getByLabel('Text in quotes, notes and memos').fill('three');
  await expect(view.getByRole('region', { name: 'Memos found' })).toContainText('Conflicting counts');
  await view.getByLabel('Text in quotes, notes and memos').fill('');
  await page.screenshot({ path: shot('annotations-view') });

  const downloading = page.waitForEvent('download');
  await view.getByRole('button', { name: 'Export CSV' }).click();
  const download = await downloading;
  const csv = readFileSync(await download.path(), 'utf8');
  expect(csv).toContain('The press office of the US forces today gives their number at 110');
  expect(csv).toContain('Figures/Camp population');
  expect(download.suggestedFilename()).toMatch(/\.csv$/);
});

test('the codebook: rename, move, merge, and the engine refuses a cycle', async ({ page }) => {
  await page.goto(host.url);
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Codebook' }).click();
  const view = page.getByRole('region', { name: 'Codebook' });
  for (const path of ['Places/Arbil', 'Places/Ashraf', 'Actors/ARIA', 'Actors/Aria society']) {
    await view.getByLabel('New code (Parent/Child)').fill(path);
    await view.getByRole('button', { name: 'Add code' }).click();
    await expect(view.getByLabel(`Name of ${path}`)).toBeVisible();
  }
  await view.getByLabel('Name of Places/Ashraf').fill('Camp Ashraf');
  await view.getByLabel('Name of Places/Ashraf').press('Enter');
  await expect(view.getByLabel('Name of Places/Camp Ashraf')).toBeVisible();
  await view.getByLabel('Merge Actors/Aria society into').selectOption({ label: 'Actors/ARIA' });
  await expect(view.getByLabel('Name of Actors/Aria society')).toHaveCount(0);
  await view.getByLabel('Move Places/Arbil under').selectOption({ label: 'Actors' });
  await expect(view.getByLabel('Name of Actors/Arbil')).toBeVisible();
  await view.getByLabel('Move Actors under').selectOption({ label: 'Actors/Arbil' });
  await expect(view.getByRole('alert')).toBeVisible();
  await page.screenshot({ path: shot('annotations-codebook') });
});
