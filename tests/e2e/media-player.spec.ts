import { expect, test, type Page } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expectAccessible } from './support/axe';
import { copyArchive, repo, serveArchive, type ServedArchive } from './support/host';
import { selectInReader } from './support/select';

let host: ServedArchive;
test.beforeAll(async () => {
  host = await serveArchive();
});
test.afterAll(async () => host.stop());
test.describe.configure({ mode: 'serial' });

const shot = (name: string) => join(repo, 'docs', 'screenshots', `${name}.png`);
const RECORDING = 'clinic-nurse-arbil-2008.ogg';

async function openRecorded(page: Page): Promise<void> {
  await page.goto(host.url);
  await page.getByRole('list', { name: 'Interviews' }).getByRole('button', { name: /A clinic nurse in Arbil/ }).click();
  const player = page.getByRole('region', { name: 'Recording' });
  await expect(player).toBeVisible();
  // The recording's length is known once its metadata loaded from /api/media/<id>.
  await expect(player.locator('.player-time')).toContainText('/ 1:10');
}

const currentTime = (page: Page): Promise<number> => page.locator('.player-media').evaluate((m) => (m as HTMLMediaElement).currentTime);
const paused = (page: Page): Promise<boolean> => page.locator('.player-media').evaluate((m) => (m as HTMLMediaElement).paused);

test('clicking a passage seeks the recording to its start, and the passage is marked as spoken', async ({ page }) => {
  await openRecorded(page);
  const passage = page.locator('.passage', { hasText: 'Tired, thin, some with frostbite' });
  const start = Number(await passage.getAttribute('data-time'));
  expect(start).toBeGreaterThan(15);
  await passage.click();
  await expect.poll(() => currentTime(page)).toBeGreaterThan(start - 0.25);
  expect(Math.abs((await currentTime(page)) - start)).toBeLessThan(0.25);
  await expect(page.locator('.passage.playing')).toHaveCount(1);
  await expect(page.locator('.passage.playing')).toContainText('Tired, thin');
  await expectAccessible(page, 'the reader with a recording');
});

test('playing moves the highlight to the next passage; the keys pause and jump back, but never inside a text field', async ({ page }) => {
  await openRecorded(page);
  // A short question: the answer after it starts about two seconds later.
  await page.locator('.passage', { hasText: 'What state were they in?' }).getByRole('button', { name: /^Play from/ }).click();
  await expect(page.locator('.passage.playing')).toContainText('What state were they in?');
  await expect(page.locator('.passage.playing')).toContainText('Tired, thin', { timeout: 20_000 });
  await page.screenshot({ path: shot('reader-player-light') });

  await page.locator('.reader-body').focus();
  await page.keyboard.press('Alt+P');
  await expect.poll(() => paused(page)).toBe(true);
  const before = await currentTime(page);
  await page.keyboard.press('Alt+J');
  await expect.poll(() => currentTime(page)).toBeLessThan(before - 4);

  // In a text field Alt+P is the field's (it types on a Mac): the recording stays paused.
  await page.getByRole('searchbox', { name: 'Search the archive' }).focus();
  await page.keyboard.press('Alt+P');
  expect(await paused(page)).toBe(true);

  await page.keyboard.press('Escape');
  await page.locator('.reader-body').focus();
  await page.keyboard.press('Alt+Shift+ArrowUp');
  await expect(page.getByRole('combobox', { name: 'Speed' })).toHaveValue('1.25');
  await page.keyboard.press('?');
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  for (const label of ['Play or pause the recording', 'Jump back 5 seconds', 'Play faster (up to 2×)', 'Follow the spoken passage, or stop following']) await expect(sheet).toContainText(label);
  await sheet.getByRole('button', { name: 'Close' }).click();
});

test('a search hit plays from its passage; with following off, playing leaves the text where it is', async ({ page }) => {
  await page.goto(host.url);
  await page.getByRole('searchbox', { name: 'Search the archive' }).fill('frostbite');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await page.locator('.hit', { hasText: 'A clinic nurse in Arbil' }).locator('.snippet').first().click();
  await expect(page.getByRole('region', { name: 'Recording' }).locator('.player-time')).toContainText('/ 1:10');
  const answer = page.locator('.passage', { hasText: 'Tired, thin' });
  await page.getByRole('button', { name: 'Play from this hit' }).click();
  await expect(page.locator('.passage.playing')).toContainText('Tired, thin');
  expect(Math.abs((await currentTime(page)) - Number(await answer.getAttribute('data-time')))).toBeLessThan(1);
  await page.locator('.player-toggle').click();

  await page.getByRole('checkbox', { name: 'Follow the text' }).uncheck();
  await page.locator('.passage', { hasText: 'How many did you see in all' }).getByRole('button', { name: /^Play from/ }).click();
  const scroller = page.locator('.main-pane');
  await scroller.evaluate((pane) => pane.scrollTo(0, 0));
  const top = await scroller.evaluate((pane) => pane.scrollTop);
  await expect(page.locator('.passage.playing')).toContainText('By February 2008', { timeout: 20_000 });
  expect(await scroller.evaluate((pane) => pane.scrollTop)).toBe(top);
  await page.locator('.player-toggle').click();
});

test('an annotation shows its time span, plays from its start, and its W3C export targets the recording with a media fragment', async ({ page }) => {
  await openRecorded(page);
  await selectInReader(page, 'some with frostbite on their feet');
  const panel = page.getByRole('complementary', { name: 'Interview tools' });
  const form = panel.getByRole('form', { name: 'New annotation' });
  await form.getByLabel('Note').fill('Frostbite: the mountain crossing');
  await form.getByLabel('Note').press('Control+Enter');
  const item = panel.locator('.annotation-item');
  await expect(item).toHaveCount(1);
  const span = item.locator('[data-time-span]');
  await expect(span).toHaveText('0:19–0:30 in the recording');
  const [start, end] = ((await span.getAttribute('data-time-span')) ?? '').split(',').map(Number);

  await item.getByRole('button', { name: 'Play from 0:19' }).click();
  await expect.poll(() => paused(page)).toBe(false);
  expect(await currentTime(page)).toBeGreaterThanOrEqual((start ?? 0) - 0.25);
  await page.locator('.player-toggle').click();
  await page.screenshot({ path: shot('reader-player-annotation') });

  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Annotations' }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export W3C JSON-LD' }).click();
  const download = await downloading;
  const doc = JSON.parse(readFileSync((await download.path())!, 'utf8')) as { first: { items: { body: unknown; target: Record<string, unknown>[] }[] } };
  const targets = doc.first.items[0]!.target;
  expect(targets[0]).toMatchObject({ selector: [{ type: 'TextQuoteSelector', exact: 'some with frostbite on their feet' }, { type: 'TextPositionSelector' }] });
  expect(targets[1]).toEqual({
    type: 'SpecificResource',
    source: { id: `testimony:media/${RECORDING}`, type: 'Sound', format: 'audio/ogg', 'dcterms:identifier': RECORDING },
    selector: { type: 'FragmentSelector', conformsTo: 'http://www.w3.org/TR/media-frags/', value: `t=${start},${end}` },
  });
});

test('the dark theme; a recording that cannot play here says so, and the text still reads', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await openRecorded(page);
  await page.locator('.passage', { hasText: 'By February 2008' }).click();
  await expect(page.locator('.passage.playing')).toContainText('By February 2008');
  await page.screenshot({ path: shot('reader-player-dark') });

  // An M4A this browser cannot decode (Debian's Chromium has no AAC; these bytes are no audio at all).
  const archive = copyArchive();
  writeFileSync(join(archive, 'broken-recording.vtt'), 'WEBVTT\n\nNOTE\ntitle: A recording that cannot play\n\n1\n00:00:01.000 --> 00:00:03.000\n<v Laura Bennett>Can you hear me?\n');
  writeFileSync(join(archive, 'broken-recording.m4a'), Buffer.alloc(4096, 7));
  writeFileSync(join(archive, 'field-photo.tiff'), Buffer.from('II*\0'));
  const other = await serveArchive(archive);
  try {
    await page.goto(other.url);
    await page.getByRole('list', { name: 'Interviews' }).getByRole('button', { name: /A recording that cannot play/ }).click();
    const player = page.getByRole('region', { name: 'Recording' });
    await expect(player.getByRole('status')).toContainText('cannot be played here');
    await expect(player.getByRole('status')).toContainText('broken-recording.m4a');
    await expect(page.getByRole('article')).toContainText('Can you hear me?');
    // A file of a type no reader knows is named under "Archive problems"; the recordings are not.
    const problems = page.getByRole('group', { name: 'Archive problems' });
    await problems.locator('summary').click();
    await expect(problems).toContainText('field-photo.tiff');
    await expect(problems).toContainText('not an interview format Testimony reads (.tiff)');
    await expect(problems).not.toContainText('.m4a');
    await expect(problems).not.toContainText('.ogg');
  } finally {
    await other.stop();
  }
});
