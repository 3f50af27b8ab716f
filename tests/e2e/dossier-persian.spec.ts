import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { repo, serveArchive, type ServedArchive } from './support/host';
import { annotateQuote, callApi, pdfPages, pdfText, waitReady } from './support/dossier';

const FILE = 'goftegu-arbil-1386-fa.md';
const QUOTES = [
  'فقط ۹۵ نفر مانده بودند. شنیدم که دفتر مطبوعاتی آمریکایی‌ها به بی‌بی‌سی عدد 110 را داده است.',
  'تا امروز ۱۲ نفر از آن‌ها دوباره دستگیر شده‌اند و حالا در زندان اربیل هستند.',
];
let host: ServedArchive;
const ids: string[] = [];

test.beforeAll(async () => {
  host = await serveArchive();
  await waitReady(host);
  const code = await callApi<{ id: string }>(host, 'codes.add', { name: 'آمار' });
  for (const quote of QUOTES) ids.push(await annotateQuote(host, FILE, quote, [code.id], 'با گزارش بی‌بی‌سی مقایسه شود.'));
});
test.afterAll(async () => host.stop());

test('a Persian dossier filled from the reader prints its quotes right to left', async ({ page }) => {
  await page.goto(host.url);
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Dossier' }).click();
  await page.getByLabel('New dossier').fill('پرونده‌ی اربیل');
  await page.getByRole('form', { name: 'Create a dossier' }).getByRole('combobox').selectOption('fa');
  await page.getByRole('button', { name: 'Create' }).click();
  await expect(page.getByRole('heading', { level: 2, name: /پرونده‌ی اربیل/ })).toBeVisible();

  // In the reader: focus each annotation, then "Add to dossier" (the button, then the shortcut).
  await page.getByRole('navigation', { name: 'Archive' }).getByText('گفت‌وگو با یک عضو جداشده', { exact: false }).click();
  await page.getByRole('tab', { name: 'Dossier' }).click();
  const panel = page.getByRole('tabpanel');
  await page.locator(`[data-annotation="${ids[0]}"]`).first().click();
  await panel.getByRole('button', { name: 'Add to dossier' }).click();
  await expect(panel.getByText('Added to “پرونده‌ی اربیل”.')).toBeVisible();
  await page.locator(`[data-annotation="${ids[1]}"]`).first().click();
  await page.keyboard.press('Control+Shift+X');
  await expect.poll(async () => (await callApi<{ sections: { source: { ids?: string[] } }[] }[]>(host, 'dossier.list', {})).length).toBe(1);
  const [summary] = await callApi<{ id: string }[]>(host, 'dossier.list', {});
  await expect.poll(async () => (await callApi<{ sections: { source: { ids?: string[] } }[] }>(host, 'dossier.get', { id: summary?.id })).sections[0]?.source.ids).toEqual(ids);

  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Dossier' }).click();
  await expect(page.getByRole('region', { name: 'What will be printed' }).getByText('2 excerpts from 1 interview')).toBeVisible();
  await page.getByRole('button', { name: 'Export PDF' }).click();
  await expect(page.locator('canvas.preview-page')).toHaveCount(3);
  await page.locator('.main-pane').evaluate((pane) => pane.scrollTo(0, 0));
  await page.screenshot({ path: join(repo, 'docs', 'screenshots', 'dossier-persian.png') });

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save PDF…' }).click();
  const out = join(repo, 'test-results', 'dossier-persian');
  mkdirSync(out, { recursive: true });
  const file = join(out, 'persian.pdf');
  await (await downloading).saveAs(file);
  expect(pdfPages(file)).toBeGreaterThanOrEqual(4);
  // pdftotext drops zero-width non-joiners, adds embedding marks and moves spaces around digits and
  // punctuation at run edges, and extracts the lam-alef ligature as alef-lam: compare the letters and
  // digits, in their logical order, with lam-alef written one way on both sides.
  const letters = (s: string): string => s.replace(/[^\p{L}\p{N}]/gu, '').replaceAll('لا', '\u{fefb}').replaceAll('ال', '\u{fefb}');
  const text = letters(pdfText(file));
  for (const quote of QUOTES) expect(text).toContain(letters(quote));
  expect(text).toContain(letters('مریم صادقی'));
  expect(pdfText(file)).toContain(FILE);
  // Pages as images, for a person to look at (test-results/dossier-persian/page-*.png).
  execFileSync('pdftoppm', ['-png', '-r', '50', file, join(out, 'page')]);
});
