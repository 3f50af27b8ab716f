import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repo, serveArchive, type ServedArchive } from './support/host';
import { selectInReader } from './support/select';

let host: ServedArchive;
test.beforeAll(async () => {
  host = await serveArchive();
});
test.afterAll(async () => host.stop());

const shot = (name: string) => join(repo, 'docs', 'screenshots', `${name}.png`);
const SEED = /Javad Firuzmand interviewed by/;

async function openSeed(page: Page, served = host): Promise<Locator> {
  await page.goto(served.url);
  await page.getByRole('list', { name: 'Interviews' }).getByRole('button', { name: SEED }).click();
  await expect(page.getByRole('article')).toContainText('208 MKO dissidents');
  return page.getByRole('complementary', { name: 'Interview tools' });
}

function view(page: Page, name: string): Locator {
  return page.getByRole('region', { name });
}

async function goTo(page: Page, name: string): Promise<Locator> {
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name }).click();
  return view(page, name);
}

// The tests share one archive and run in order: each builds on what the one before saved.
test.describe.configure({ mode: 'serial' });

test('annotate a passage with a note and a new code, edit, undo, delete, undo, and find it all after a reload', async ({ page }) => {
  const panel = await openSeed(page);
  await selectInReader(page, '208 MKO dissidents were staying in the US camp');
  const form = panel.getByRole('form', { name: 'New annotation' });
  await expect(form.locator('.quote-preview')).toHaveText('208 MKO dissidents were staying in the US camp');
  await form.getByLabel('Note').fill('ARIA’s figure, as of last month');
  await form.getByLabel('Find or create a code').fill('Figures/Camp population');
  await form.getByRole('button', { name: /Create code/ }).click();
  await expect(form.getByRole('checkbox', { name: 'Figures/Camp population' })).toBeChecked();
  await form.getByLabel('Note').press('Control+Enter');

  const mark = page.locator('.reader-body [data-annotation]');
  await expect(mark).toHaveText('208 MKO dissidents were staying in the US camp');
  const item = panel.locator('.annotation-item');
  await expect(item).toHaveCount(1);
  await expect(item).toContainText('ARIA’s figure, as of last month');
  await expect(item.locator('.code-chip')).toHaveText('Camp population');
  await expect(form).toHaveCount(0);

  await selectInReader(page, 'Camp Ashraf which is their base in Iraq');
  await expect(form).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(form).toHaveCount(0);

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
  await page.keyboard.press('Control+Shift+z');
  await expect(mark).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(mark).toHaveCount(1);

  await page.reload();
  const again = await openSeed(page);
  await expect(again.locator('.annotation-item')).toContainText('Edited note');
  await expect(again.locator('.code-chip')).toHaveText('Camp population');
  await expect(page.locator('.reader-body [data-annotation]')).toHaveText('208 MKO dissidents were staying in the US camp');

  await selectInReader(page, 'The press office of the US forces today gives their number at 110');
  await again.getByLabel('Note').fill('The US figure, lower than ARIA’s');
  await again.getByLabel('Find or create a code').fill('camp pop');
  await again.getByRole('checkbox', { name: 'Figures/Camp population' }).check();
  await page.locator('.reader-body [data-annotation]').first().scrollIntoViewIfNeeded();
  await page.screenshot({ path: shot('annotations-reader') });
  await again.getByRole('button', { name: 'Save annotation' }).click();
  await expect(again.locator('.annotation-item')).toHaveCount(2);
  await selectInReader(page, 'Camp Ashraf was established in 1986');
  await again.getByRole('button', { name: 'Highlight only' }).click();
  await expect(again.locator('.annotation-item')).toHaveCount(3);
  await expect(page.locator('.reader-body [data-annotation]')).toHaveCount(3);
});

test('memos on a passage and on the interview, in the panel and in the Memos view', async ({ page }) => {
  const panel = await openSeed(page);
  await panel.getByRole('button', { name: 'Add a memo' }).click();
  let memoForm = panel.getByRole('form', { name: 'Memo' });
  await memoForm.getByLabel('Title').fill('Conflicting counts');
  await memoForm.getByLabel('Memo', { exact: true }).fill('Three sources, three numbers for the US camp.');
  await memoForm.getByRole('button', { name: 'Save memo' }).click();
  await expect(panel.locator('.memo')).toContainText('Conflicting counts');

  await selectInReader(page, 'kept the dissidents under its own protection');
  await panel.getByRole('button', { name: 'Add a memo on the selected passage' }).click();
  memoForm = panel.getByRole('form', { name: 'Memo' });
  await memoForm.getByLabel('Title').fill('Who protects whom');
  await memoForm.getByRole('button', { name: 'Save memo' }).click();
  await expect(panel.locator('.memo')).toHaveCount(2);
  await expect(panel.locator('.memo').filter({ hasText: 'Who protects whom' })).toContainText('On “kept the dissidents under its own protection”');

  const memos = await goTo(page, 'Memos');
  await expect(memos.getByRole('region', { name: /^Interview: Javad Firuzmand/ })).toContainText('Conflicting counts');
  await expect(memos.getByRole('region', { name: /^Passage in Javad Firuzmand/ })).toContainText('Who protects whom');
  await memos.getByRole('button', { name: 'Add a memo' }).click();
  memoForm = memos.getByRole('form', { name: 'Memo' });
  await memoForm.getByLabel('Title').fill('Research question');
  await memoForm.getByLabel('Memo', { exact: true }).fill('How did the dissidents leave Camp Ashraf?');
  await memoForm.getByRole('button', { name: 'Save memo' }).click();
  const project = memos.getByRole('region', { name: 'The project' });
  await expect(project.locator('.memo')).toContainText('How did the dissidents leave');
  await project.getByRole('button', { name: 'Edit memo “Research question”' }).click();
  await project.getByLabel('Title').fill('Main research question');
  await project.getByRole('button', { name: 'Save memo' }).click();
  await expect(project.locator('.memo-title')).toHaveText('Main research question');
  await page.screenshot({ path: shot('annotations-memos') });

  await memos.getByRole('button', { name: 'Delete memo “Who protects whom”' }).click();
  await memos.getByRole('button', { name: 'Delete for good' }).click();
  await expect(memos.getByRole('region', { name: /^Passage in/ })).toHaveCount(0);
});

test('the Annotations view filters by code, interviewee and text, finds memos, opens a passage and exports CSV', async ({ page }) => {
  await page.goto(host.url);
  const annotations = await goTo(page, 'Annotations');
  const rows = annotations.locator('.result-row');
  await expect(rows).toHaveCount(3);
  await annotations.getByLabel('Filter by code').selectOption({ label: 'Figures' });
  await expect(rows).toHaveCount(2);
  await annotations.getByLabel('Filter by code').selectOption({ label: 'Figures/Camp population' });
  await expect(rows).toHaveCount(2);
  await annotations.getByLabel('Filter by code').selectOption('');
  await annotations.getByLabel('Interviewee').fill('Nobody of that name');
  await expect(rows).toHaveCount(0);
  await annotations.getByLabel('Interviewee').fill('firuzmand');
  await expect(rows).toHaveCount(3);
  await annotations.getByLabel('Search quotes, notes, memos').fill('US figure');
  await expect(rows).toHaveCount(1);
  await expect(rows).toContainText('The press office of the US forces');
  await annotations.getByLabel('Search quotes, notes, memos').fill('three numbers');
  await expect(rows).toHaveCount(0);
  await expect(annotations.getByRole('region', { name: 'Memos found' })).toContainText('Conflicting counts');
  await annotations.getByLabel('Search quotes, notes, memos').fill('');
  await page.screenshot({ path: shot('annotations-view') });

  const downloading = page.waitForEvent('download');
  await annotations.getByRole('button', { name: 'Export CSV' }).click();
  const download = await downloading;
  const csv = readFileSync(await download.path(), 'utf8');
  expect(csv).toContain('The press office of the US forces today gives their number at 110');
  expect(csv).toContain('Figures/Camp population');
  expect(download.suggestedFilename()).toMatch(/\.csv$/);
  await expect(page).toHaveURL(new RegExp(`^${host.origin}`));

  await rows.filter({ hasText: 'Camp Ashraf was established in 1986' }).getByRole('button').first().click();
  await expect(page.getByRole('article')).toContainText('208 MKO dissidents');
});

test('the codebook: add a hierarchy, rename, recolour, move, merge, refuse a cycle, delete, export and import', async ({ page }) => {
  await page.goto(host.url);
  const codebook = await goTo(page, 'Codebook');
  for (const path of ['Places/Arbil', 'Places/Ashraf', 'Actors/ARIA', 'Actors/Aria society']) {
    await codebook.getByLabel('New code (Parent/Child)').fill(path);
    await codebook.getByRole('button', { name: 'Add code' }).click();
    await expect(codebook.getByLabel(`Name of ${path}`)).toBeVisible();
  }
  await expect(codebook.getByText('2 with sub-codes')).toBeVisible(); // Figures: two annotations coded Camp population
  await codebook.getByLabel('Name of Places/Ashraf').fill('Camp Ashraf');
  await codebook.getByLabel('Name of Places/Ashraf').press('Enter');
  await expect(codebook.getByLabel('Name of Places/Camp Ashraf')).toBeVisible();
  await codebook.getByLabel('Colour of Places/Camp Ashraf').fill('#123456');
  await expect(codebook.getByLabel('Colour of Places/Camp Ashraf')).toHaveValue('#123456');
  await codebook.getByLabel('Merge Actors/Aria society into').selectOption({ label: 'Actors/ARIA' });
  await expect(codebook.getByLabel('Name of Actors/Aria society')).toHaveCount(0);
  await codebook.getByLabel('Move Places/Arbil under').selectOption({ label: 'Actors' });
  await expect(codebook.getByLabel('Name of Actors/Arbil')).toBeVisible();
  await codebook.getByLabel('Move Actors under').selectOption({ label: 'Actors/Arbil' });
  await expect(codebook.getByRole('alert')).toContainText('cannot be moved inside itself');
  await page.screenshot({ path: shot('annotations-codebook') });

  await codebook.getByRole('button', { name: 'Delete Actors/Arbil' }).click();
  await codebook.getByRole('button', { name: 'Delete for good' }).click();
  await expect(codebook.getByLabel('Name of Actors/Arbil')).toHaveCount(0);

  const downloading = page.waitForEvent('download');
  await codebook.getByRole('button', { name: 'Export codebook' }).click();
  const file = await (await downloading).path();
  const exported = JSON.parse(readFileSync(file, 'utf8')) as { codes: Array<{ name: string; color: string }> };
  expect(exported.codes.find((c) => c.name === 'Camp Ashraf')?.color).toBe('#123456');
  const edited = { ...exported, codes: [...exported.codes.filter((c) => c.name !== 'Camp Ashraf'), { id: 'imported-code-1', name: 'Imported theme', color: '#654321' }] };
  const importPath = join(file, '..', 'codebook-import.json');
  writeFileSync(importPath, JSON.stringify(edited));
  await codebook.getByLabel('Import codebook').setInputFiles(importPath);
  await expect(codebook.getByRole('status')).toContainText('1 added');
  await expect(codebook.getByLabel('Name of Imported theme')).toBeVisible();
  await expect(codebook.getByLabel('Name of Places/Camp Ashraf')).toBeVisible(); // import merges, never deletes
});

test.describe('when the interview file changes', () => {
  let own: ServedArchive;
  test.beforeAll(async () => {
    own = await serveArchive();
  });
  test.afterAll(async () => own.stop());

  test('a passage that moved is badged, one whose text is gone is kept as an orphan with its quote', async ({ page }) => {
    const panel = await openSeed(page, own);
    const phrases = ['208 MKO dissidents were staying in the US camp', 'Camp Ashraf was established in 1986'];
    for (const [i, phrase] of phrases.entries()) {
      await selectInReader(page, phrase);
      await panel.getByRole('button', { name: 'Highlight only' }).click();
      await expect(page.locator('.reader-body [data-annotation]')).toHaveText(phrases.slice(0, i + 1));
    }

    const file = join(own.archive, 'firuzmand-interview-2008.txt');
    const lines = readFileSync(file, 'utf8').split('\n');
    const [title = '', ...rest] = lines.filter((line) => !line.startsWith('Camp Ashraf was established'));
    writeFileSync(file, [title, '', 'An editor’s paragraph added under the title.', ...rest].join('\n'));

    await expect(async () => {
      await page.reload();
      await page.getByRole('list', { name: 'Interviews' }).getByRole('button', { name: SEED }).click();
      await expect(panel.getByRole('region', { name: 'Orphans' })).toBeVisible({ timeout: 1000 });
    }).toPass({ timeout: 20_000 });
    const orphans = panel.getByRole('region', { name: 'Orphans' });
    await expect(orphans.locator('.annotation-item')).toHaveCount(1);
    await expect(orphans.locator('.annotation-item')).toContainText('Camp Ashraf was established in 1986');
    await expect(orphans.locator('.anchor-badge')).toHaveText('not found in the current text');
    const placed = panel.locator('.annotation-list').first().locator('.annotation-item');
    await expect(placed).toHaveCount(1);
    await expect(placed.locator('.anchor-badge')).toHaveText('moved');
    await expect(page.locator('.reader-body [data-annotation]')).toHaveText('208 MKO dissidents were staying in the US camp');
  });
});
