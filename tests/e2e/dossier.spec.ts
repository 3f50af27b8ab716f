import { expect, test, type Page } from '@playwright/test';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { copyArchive, repo, serveArchive, type ServedArchive } from './support/host';
import { expectAccessible } from './support/axe';
import { annotateQuote, callApi, pdfPages, pdfText, squash, waitReady } from './support/dossier';

let host: ServedArchive;
const QUOTES = [
  { path: 'former-member-turkish-border-2008.md', quote: 'By the end of December 2007 we counted 64 people from the American camp who had been arrested by the Turkish police.' },
  { path: 'firuzmand-interview-2008.txt', quote: 'the Turkish border police arrested them and after one month in prison' },
];

test.beforeAll(async () => {
  host = await serveArchive();
  await waitReady(host);
  const code = await callApi<{ id: string }>(host, 'codes.add', { name: 'Arrests' });
  for (const q of QUOTES) await annotateQuote(host, q.path, q.quote, [code.id], 'Figure to compare.');
});
test.afterAll(async () => host.stop());

const sectionTitles = (page: Page) => page.locator('.section-card .section-title').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));

test('build a dossier from a search and a code, reorder by keyboard and drag, export, preview and download it', async ({ page }) => {
  await page.goto(host.url);
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Dossier' }).click();
  await page.getByLabel('New dossier').fill('Arrests at the Turkish border');
  await page.getByRole('button', { name: 'Create' }).click();
  await expect(page.getByRole('heading', { level: 2, name: /Arrests at the Turkish border/ })).toBeVisible();

  const add = page.getByRole('form', { name: 'Add a section' });
  await add.getByLabel('Search for').fill('"Camp Ashraf"');
  await add.getByLabel('At most').fill('4');
  await add.getByRole('button', { name: 'Add section' }).click();
  await add.getByLabel('Content from').selectOption('code');
  await add.getByLabel('Code (with its sub-codes)').selectOption({ label: 'Arrests' });
  await add.getByRole('button', { name: 'Add section' }).click();
  await expect.poll(() => sectionTitles(page)).toEqual(['"Camp Ashraf"', 'Arrests']);

  // Keyboard: Alt+ArrowUp on the focused second section moves it first, and focus stays on it.
  await page.locator('.section-card').nth(1).focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect.poll(() => sectionTitles(page)).toEqual(['Arrests', '"Camp Ashraf"']);
  await expect(page.locator('.section-card').first()).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: 'Moved “Arrests” to position 1 of 2.' })).toBeAttached();
  // The buttons do the same, both ways.
  await page.getByRole('button', { name: 'Move “Arrests” down' }).click();
  await expect.poll(() => sectionTitles(page)).toEqual(['"Camp Ashraf"', 'Arrests']);
  await page.getByRole('button', { name: 'Move “Arrests” up' }).click();
  await expect.poll(() => sectionTitles(page)).toEqual(['Arrests', '"Camp Ashraf"']);
  // Dragging a card by its handle onto another puts it there.
  await page.locator('.section-card').nth(1).locator('.drag-handle').dragTo(page.locator('.section-card').nth(0));
  await expect.poll(() => sectionTitles(page)).toEqual(['"Camp Ashraf"', 'Arrests']);
  await page.locator('.section-card').nth(0).focus();
  await page.keyboard.press('Alt+ArrowDown');
  await expect.poll(() => sectionTitles(page)).toEqual(['Arrests', '"Camp Ashraf"']);

  const outline = page.getByRole('region', { name: 'What will be printed' });
  await expect(outline.getByText('6 excerpts from')).toBeVisible();
  await expect(outline.locator('.outline-title').first()).toHaveText('Arrests');
  await expect(page.locator('.save-state')).toHaveText('Saved');
  await page.locator('.main-pane').evaluate((pane) => pane.scrollTo(0, 0));
  await page.screenshot({ path: join(repo, 'docs', 'screenshots', 'dossier-builder.png') });
  await expectAccessible(page, 'the dossier builder');

  await page.getByRole('button', { name: 'Export PDF' }).click();
  const result = page.locator('.export-result');
  await expect(result).toContainText('pages, 6 excerpts');
  const pages = Number(/(\d+) pages/.exec((await result.textContent()) ?? '')?.[1]);
  const canvases = page.locator('canvas.preview-page');
  await expect(canvases).toHaveCount(3);
  // The cover page is drawn: the canvas has dark pixels (text), not only white.
  const inked = await canvases.first().evaluate((c: HTMLCanvasElement) => {
    const data = c.getContext('2d')?.getImageData(0, 0, c.width, c.height).data ?? new Uint8ClampedArray();
    let dark = 0;
    for (let i = 0; i < data.length; i += 4) if ((data[i] ?? 255) < 100) dark++;
    return dark;
  });
  expect(inked).toBeGreaterThan(500);
  await page.locator('.main-pane').evaluate((pane) => pane.scrollTo(0, 0));
  await page.screenshot({ path: join(repo, 'docs', 'screenshots', 'dossier-export.png') });
  await expectAccessible(page, 'the dossier export and preview');

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save PDF…' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('Arrests-at-the-Turkish-border.pdf');
  const file = join(mkdtempSync(join(tmpdir(), 'dossier-e2e-')), 'dossier.pdf');
  await download.saveAs(file);
  expect(pdfPages(file)).toBe(pages);
  const text = pdfText(file);
  for (const q of QUOTES) expect(text).toContain(squash(q.quote));
  for (const cited of ['Leaving Camp Ashraf', 'former-member-turkish-border-2008.md', 'firuzmand-interview-2008.txt', 'Javad Firuzmand']) expect(text).toContain(cited);
  expect(text.indexOf('1. Arrests')).toBeGreaterThan(0);
  expect(text.indexOf('1. Arrests')).toBeLessThan(text.indexOf('2. "Camp Ashraf"'));

  // The definition is saved with the archive, and the download route needs the token.
  expect(readdirSync(join(host.archive, '.testimony', 'dossiers')).filter((f) => f.endsWith('.json'))).toHaveLength(1);
  const exportId = /exports\/([a-f0-9]{32})/.exec(readdirSync(join(host.archive, '.testimony', 'cache', 'exports')).map((f) => `exports/${f}`).join())?.[1];
  expect((await fetch(`${host.origin}/api/download/${exportId}`)).status).toBe(401);
  expect((await fetch(`${host.origin}/api/download/${exportId}`, { headers: { Authorization: `Bearer ${host.token}` } })).status).toBe(200);
});

test('the CLI prints a dossier of the passages matching a query, and fails in one line', () => {
  const archive = copyArchive();
  const out = join(archive, '..', 'query.pdf');
  const run = spawnSync(process.execPath, [join(repo, 'bin', 'testimony.js'), 'dossier', archive, '--query', 'Camp Ashraf', '--limit', '40', '--out', out, '--json'], { encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  const summary = JSON.parse(run.stdout) as { pages: number; excerpts: number; ms: number };
  expect(summary.excerpts).toBe(40);
  expect(pdfPages(out)).toBe(summary.pages);
  const text = pdfText(out);
  expect(text).toContain('Camp Ashraf');
  // The recorded interview sorts before the seed and fills the limit's last places: its endnote
  // names the file and the recording, and each timecode names the recording it is a place in.
  expect(text).toContain('file: clinic-nurse-arbil-2008.vtt; recording: clinic-nurse-arbil-2008.ogg.');
  expect(text).toContain('00:00:30 (clinic-nurse-arbil-2008.ogg)');
  // No author unless one is given: never the login of whoever ran the command.
  expect(execFileSync('pdfinfo', [out], { encoding: 'utf8' })).not.toMatch(/^Author:/m);
  expect(text).not.toContain('Prepared by');
  const typed = join(archive, '..', 'typed.pdf');
  const withAuthor = spawnSync(process.execPath, [join(repo, 'bin', 'testimony.js'), 'dossier', archive, '--query', 'Camp Ashraf', '--limit', '5', '--author', 'Leila Amini', '--out', typed, '--quiet'], { encoding: 'utf8' });
  expect(withAuthor.status, withAuthor.stderr).toBe(0);
  expect(execFileSync('pdfinfo', [typed], { encoding: 'utf8' })).toMatch(/^Author:\s+Leila Amini$/m);

  const bad = spawnSync(process.execPath, [join(repo, 'bin', 'testimony.js'), 'dossier', archive, '--code', 'No/Such', '--out', join(archive, '..', 'bad.pdf')], { encoding: 'utf8' });
  expect(bad.status).not.toBe(0);
  expect(bad.stderr.trim().split('\n').at(-1)).toBe('testimony: There is no code “No/Such” in this archive\'s codebook.');
  expect(existsSync(join(archive, '..', 'bad.pdf'))).toBe(false);
});

test('a dossier cited in Chicago author-date: chosen in its fields, saved, and printed by the style', async ({ page }) => {
  await page.goto(host.url);
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Dossier' }).click();
  await page.getByLabel('New dossier').fill('Cited in Chicago');
  await page.getByRole('button', { name: 'Create' }).click();
  // The editor opens on the new dossier first: filled before that, the form would be reset.
  await expect(page.getByRole('heading', { level: 2, name: /Cited in Chicago/ })).toBeVisible();
  const add = page.getByRole('form', { name: 'Add a section' });
  await add.getByLabel('Search for').fill('smuggler');
  await expect(add.getByRole('button', { name: 'Add section' })).toBeEnabled();
  await add.getByRole('button', { name: 'Add section' }).click();
  await expect.poll(() => sectionTitles(page)).toEqual(['smuggler']);
  await page.getByLabel('Citations').selectOption({ label: 'Chicago author-date' });
  await expect(page.locator('.save-state')).toHaveText('Saved');
  await page.getByLabel('Citations').scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(repo, 'docs', 'screenshots', 'dossier-citation-style.png') });

  await page.getByRole('button', { name: 'Export PDF' }).click();
  await expect(page.locator('.export-result')).toContainText('pages');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save PDF…' }).click();
  const file = join(mkdtempSync(join(tmpdir(), 'dossier-e2e-')), 'chicago.pdf');
  await (await downloading).saveAs(file);
  const text = pdfText(file);
  // In-text citations under the quotes, and the bibliography entry in the sources.
  expect(text).toContain('(Tavakoli 2008, para. 9)');
  expect(text).toContain('Tavakoli, Reza. 2008. Leaving Camp Ashraf');
  expect(text).toContain('Interview by Sara Lindqvist');
  // Reopened, the definition keeps its style.
  await page.reload();
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Dossier' }).click();
  await page.getByRole('button', { name: /Cited in Chicago/ }).first().click();
  await expect(page.getByLabel('Citations')).toHaveValue('chicago-author-date');
});
