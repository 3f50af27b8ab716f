import { expect, test, type Locator } from '@playwright/test';
import { serveArchive, type ServedArchive } from './support/host';
import { annotateQuote, callApi, waitReady } from './support/dossier';

/** Notes, quotes and names in the other script keep their own direction in the English UI. */
const SEED = 'firuzmand-interview-2008.txt';
const PERSIAN = 'goftegu-arbil-1386-fa.md';
const PERSIAN_NOTE = 'این رقم با گزارش دفتر مطبوعاتی آمریکا نمی‌خواند.';
const ENGLISH_NOTE = 'Eleven years (1996–2007), she says.';
let host: ServedArchive;

test.beforeAll(async () => {
  host = await serveArchive();
  await waitReady(host);
  await annotateQuote(host, SEED, '208 MKO dissidents were staying in the US camp', [], PERSIAN_NOTE);
  await annotateQuote(host, PERSIAN, 'یازده سال', [], ENGLISH_NOTE);
  const list = await callApi<Array<{ id: string; path: string }>>(host, 'interviews.list', {});
  const seed = list.find((i) => i.path === SEED);
  await callApi(host, 'memos.add', { title: 'رقم‌های متفاوت', body: 'آریا و ارتش آمریکا افراد متفاوتی را می‌شمارند.', attachedTo: { kind: 'interview', interviewId: seed?.id } });
});
test.afterAll(async () => host.stop());

const direction = (element: Locator): Promise<string> => element.evaluate((el) => getComputedStyle(el).direction);

test('a Persian note in the English UI is set right to left, an English note on a Persian passage left to right', async ({ page }) => {
  await page.goto(host.url);
  expect(await page.evaluate(() => getComputedStyle(document.body).direction)).toBe('ltr');
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Annotations' }).click();
  const view = page.getByRole('region', { name: 'Annotations' });
  const persianNote = view.locator('.annotation-note', { hasText: PERSIAN_NOTE });
  const englishNote = view.locator('.annotation-note', { hasText: ENGLISH_NOTE });
  await expect(persianNote).toBeVisible();
  expect(await direction(persianNote)).toBe('rtl');
  expect(await direction(englishNote)).toBe('ltr');
  // The quotes: the Persian one right to left, the English one left to right.
  expect(await direction(view.locator('.annotation-quote', { hasText: 'یازده سال' }))).toBe('rtl');
  expect(await direction(view.locator('.annotation-quote', { hasText: '208 MKO dissidents' }))).toBe('ltr');

  // In the reader's side panel too, and the memo's Persian title and body.
  await page.getByRole('list', { name: 'Interviews' }).getByRole('button', { name: /Javad Firuzmand interviewed by/ }).click();
  const panel = page.getByRole('complementary', { name: 'Interview tools' });
  const note = panel.locator('.annotation-note', { hasText: PERSIAN_NOTE });
  await expect(note).toBeVisible();
  expect(await direction(note)).toBe('rtl');
  const memo = page.locator('.memo-title', { hasText: 'رقم‌های متفاوت' });
  await expect(memo).toBeVisible();
  expect(await direction(memo)).toBe('rtl');
  expect(await direction(page.locator('.memo-body', { hasText: 'آریا و ارتش' }))).toBe('rtl');
});
