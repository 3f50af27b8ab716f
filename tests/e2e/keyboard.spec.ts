import { expect, test, type Page } from '@playwright/test';
import { openSeedInterview, servedArchive } from './support/annotations';

const host = servedArchive();

interface Chord { shortcut: string; scope: string; key: string }

/** Every shortcut the app registered, as its cheat sheet lists them (not a hand-written list). */
async function registeredChords(page: Page): Promise<Chord[]> {
  await page.keyboard.press('Escape');
  await page.locator('body').focus();
  await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(sheet).toBeVisible();
  const rows = await sheet.locator('[data-shortcut]').evaluateAll((trs) => trs.map((tr) => ({ shortcut: tr.getAttribute('data-shortcut') ?? '', scope: tr.getAttribute('data-scope') ?? '' })));
  await page.keyboard.press('Escape');
  await expect(sheet).toHaveCount(0);
  return rows.map((r) => ({ ...r, key: r.shortcut.replace('Mod', 'Control') }));
}

const isChord = (c: Chord): boolean => /Mod|Alt|F\d/.test(c.shortcut);

function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/** After a chord that opened a dialog (the palette), close it so the next chord starts from the same place. */
async function closeDialogs(page: Page): Promise<void> {
  for (let i = 0; i < 3 && (await page.locator('dialog[open]').count()) > 0; i++) await page.keyboard.press('Escape');
}

/** Select all, copy, paste and undo inside a text field do what the browser does. */
async function expectBrowserEditing(page: Page, field: ReturnType<Page['locator']>, text: string): Promise<void> {
  await field.click();
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Delete');
  await page.keyboard.type(text);
  await page.keyboard.press('Control+a');
  const selected = await field.evaluate((el: HTMLInputElement | HTMLTextAreaElement) => [el.selectionStart, el.selectionEnd]);
  expect(selected).toEqual([0, text.length]);
  await page.keyboard.press('Control+c');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);
  await page.keyboard.press('End');
  await page.keyboard.type(' zzz');
  await expect(field).toHaveValue(`${text} zzz`);
  // Chromium undoes typing in steps: each Ctrl+Z takes some of it back, until the typed text is gone.
  for (let step = 0; step < 8 && (await field.inputValue()) !== text; step++) {
    const before = await field.inputValue();
    await page.keyboard.press('Control+z');
    await expect.poll(() => field.inputValue()).not.toBe(before);
    expect(`${text} zzz`.startsWith(await field.inputValue())).toBe(true);
  }
  await expect(field).toHaveValue(text);
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Delete');
  await page.keyboard.press('Control+v');
  await expect(field).toHaveValue(text);
}

test.beforeEach(async ({ context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: host().origin });
});

test('every registered shortcut, pressed in a text field, leaves its text alone; copy, select all, paste and undo stay the browser’s', async ({ page }) => {
  const errors = watchErrors(page);
  const panel = await openSeedInterview(page, host());
  const chords = await registeredChords(page);
  expect(chords.length).toBeGreaterThan(20);
  expect(chords.map((c) => c.shortcut)).toEqual(expect.arrayContaining(['Mod+Z', 'Mod+Shift+Z', 'Mod+Enter', 'Alt+ArrowUp', 'Alt+ArrowDown']));

  const search = page.getByRole('searchbox', { name: 'Search the archive' });
  for (const chord of chords.filter(isChord)) {
    await search.fill('Ashraf camp');
    await search.focus();
    await page.keyboard.press(chord.key);
    await closeDialogs(page);
    await expect(search, chord.shortcut).toHaveValue('Ashraf camp');
  }
  await expectBrowserEditing(page, search, 'Camp Ashraf');

  // The note field of the annotation form: the very place where Ctrl+C used to run "Code the selection".
  await page.getByRole('list', { name: 'Interviews' }).getByRole('button', { name: /Javad Firuzmand interviewed by/ }).click();
  await page.locator('.reader-body').focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  const note = panel.getByRole('form', { name: 'New annotation' }).getByRole('textbox', { name: 'Note' });
  await expect(note).toBeVisible();
  await expectBrowserEditing(page, note, 'Who counted the 208?');
  await expect(panel.getByRole('textbox', { name: 'Find or create a code' })).not.toBeFocused();
  expect(errors).toEqual([]);
});

test('the reader annotates from the keyboard alone, and Ctrl+C there copies the passage', async ({ page }) => {
  const errors = watchErrors(page);
  const panel = await openSeedInterview(page, host());
  await page.locator('body').focus();
  await page.keyboard.press('Alt+r');
  await expect(page.locator('.reader-body')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  const passage = (await page.locator('.passage:focus').innerText()).trim();
  await page.keyboard.press('Enter');
  const form = panel.getByRole('form', { name: 'New annotation' });
  await expect(form).toBeVisible();
  await page.keyboard.press('Control+c');
  expect((await page.evaluate(() => navigator.clipboard.readText())).trim()).toContain(passage.slice(-40));
  await expect(form.getByRole('textbox', { name: 'Note' })).not.toBeFocused();

  // Shift+← shrinks the selection by a word: the quote in the form follows.
  const selected = (): Promise<number> => page.evaluate(() => window.getSelection()?.toString().length ?? 0);
  const before = await selected();
  await page.locator('.passage:focus').press('Shift+ArrowLeft');
  await expect.poll(selected).toBeLessThan(before);
  await expect(form).toBeVisible();

  await page.keyboard.press('Control+Enter');
  await expect(form.getByRole('textbox', { name: 'Note' })).toBeFocused();
  await page.keyboard.type('Typed without a mouse.');
  await page.keyboard.press('Control+Enter');
  await expect(panel.locator('.annotation-list')).toContainText('Typed without a mouse.');
  // The word-wise selection left a space at its end; the saved quote does not keep it.
  await expect(panel.locator('.annotation-list')).not.toContainText(/\s”/);
  expect(errors).toEqual([]);
});

test('every registered shortcut in the reader and in a dialog: nothing breaks, a dialog keeps the keyboard', async ({ page }) => {
  const errors = watchErrors(page);
  await openSeedInterview(page, host());
  const chords = await registeredChords(page);

  // In a modal dialog, no shortcut changes the view behind it or closes it (Escape aside).
  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  const address = page.url();
  for (const chord of chords.filter((c) => c.shortcut !== 'Escape' && c.shortcut !== 'Enter')) {
    await page.keyboard.press(chord.key);
    await expect(palette, chord.shortcut).toBeVisible();
    expect(page.url(), chord.shortcut).toBe(address);
  }
  const input = palette.getByRole('combobox', { name: 'Type a command' });
  await expectBrowserEditing(page, input, 'Back');
  await page.keyboard.press('Escape');
  await expect(palette).toHaveCount(0);

  // In the reader text, each chord runs its command or nothing, and the page stays usable.
  for (const chord of chords) {
    await closeDialogs(page);
    if (!(await page.locator('.reader-body').count())) await openSeedInterview(page, host());
    await page.locator('.reader-body').focus();
    await page.keyboard.press(chord.key);
  }
  await closeDialogs(page);
  await expect(page.getByRole('heading', { name: 'Testimony' })).toBeVisible();
  expect(errors).toEqual([]);
});

test('the view and the open interview are in the address: reload, Back and Forward, Alt+←/→', async ({ page }) => {
  await openSeedInterview(page, host());
  await expect(page).toHaveURL(/#\/reader\//);
  await page.reload();
  await expect(page.getByRole('article')).toContainText('Camp Ashraf was established in 1986');
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Entities' }).click();
  await expect(page).toHaveURL(/#\/view\/entities/);
  await page.goBack();
  await expect(page.getByRole('article')).toContainText('Camp Ashraf was established in 1986');
  await page.goForward();
  await expect(page).toHaveURL(/#\/view\/entities/);
  await page.locator('body').focus();
  await page.keyboard.press('Alt+ArrowLeft');
  await expect(page).toHaveURL(/#\/reader\//);
  await page.keyboard.press('Alt+ArrowRight');
  await expect(page).toHaveURL(/#\/view\/entities/);
  const search = page.getByRole('searchbox', { name: 'Search the archive' });
  await search.fill('Arbil');
  await search.press('Enter');
  await expect(page).toHaveURL(/#\/results\?q=Arbil/);
  await page.reload();
  await expect(page.getByRole('region', { name: 'Search results' })).toBeVisible();
});
