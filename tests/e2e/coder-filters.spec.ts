/**
 * Two coders in one project: the codes × interviews matrix, the codebook's counts and the reader
 * can show one coder's work at a time, and "Anyone" shows it all again.
 */
import { expect, test } from '@playwright/test';
import { copyArchive, serveArchive } from './support/host';
import { cli } from './support/cli';

test('filter the codes matrix, the codebook and the reader by coder', async ({ page }) => {
  const archive = copyArchive();
  const search = await cli(['search', archive, 'perimeter', '--json', '--limit', '1']);
  const [hit] = JSON.parse(search.stdout) as { id: string }[];
  const code = async (quote: string, creator: string) => {
    const run = await cli(['annotate', archive, '--interview', hit!.id, '--quote', quote, '--code', 'Places', '--creator', creator, '--json']);
    expect(run.code, run.stderr).toBe(0);
  };
  await code('outer perimeter of Camp Ashraf', 'Ana');
  await code('Camp Ashraf', 'Ana');
  await code('perimeter', 'Ben');

  const host = await serveArchive(archive);
  try {
    await page.goto(host.url);
    await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Matrix' }).click();
    await page.getByLabel('Codes × interviews').check();
    const cell = page.getByRole('table', { name: 'Codes by interview' }).getByRole('row', { name: /Places/ }).getByRole('button').first();
    await expect(cell).toHaveText('3');
    await page.getByLabel('Filter by coder').selectOption('Ana');
    await expect(cell).toHaveText('2');
    await page.getByLabel('Filter by coder').selectOption('Ben');
    await expect(cell).toHaveText('1');
    await cell.click();
    await expect(page.getByRole('region', { name: /^Passages: Places/ }).getByRole('listitem')).toHaveCount(1);
    await page.getByLabel('Filter by coder').selectOption('');
    await expect(cell).toHaveText('3');

    await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Codebook' }).click();
    const places = page.getByRole('list', { name: 'Codebook' }).getByRole('listitem').filter({ has: page.getByRole('textbox', { name: 'Name of Places' }) }).locator('.badge');
    await expect(places).toHaveText('3');
    await page.getByLabel('Filter by coder').selectOption('Ana');
    await expect(places).toHaveText('2');
    await expect(places).toHaveAccessibleName('2 annotations');

    // The reader: one coder's highlights in the text and in the panel beside it.
    await page.goto(`${host.url}#/reader/${hit!.id}`);
    const marks = page.getByRole('article').locator('.annotation-mark');
    await expect.poll(async () => (await marks.allInnerTexts()).join('')).toContain('outer');
    await page.getByLabel('Filter by coder').selectOption('Ben');
    await expect.poll(async () => (await marks.allInnerTexts()).join('')).toBe('perimeter');
    await expect(page.getByRole('complementary', { name: 'Interview tools' }).getByRole('listitem').filter({ hasText: '“perimeter”' })).toHaveCount(1);
    await expect(page.getByRole('complementary', { name: 'Interview tools' }).getByText('“outer perimeter of Camp Ashraf”')).toHaveCount(0);
  } finally {
    await host.stop();
  }
});
