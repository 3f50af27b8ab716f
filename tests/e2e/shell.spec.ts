import { expect, test } from '@playwright/test';
import { join } from 'node:path';
import { expectAccessible } from './support/axe';
import { repo, serveArchive, type ServedArchive } from './support/host';

let host: ServedArchive;
test.beforeAll(async () => {
  host = await serveArchive();
});
test.afterAll(async () => host.stop());

const shot = (name: string) => join(repo, 'docs', 'screenshots', `${name}.png`);

test('keyboard only: search, open a result, step through hits, palette and cheat sheet', async ({ page }) => {
  await page.goto(host.url);
  await expect(page.getByRole('list', { name: 'Interviews' }).getByRole('listitem').first()).toBeVisible();
  await page.keyboard.press('/');
  await expect(page.getByRole('searchbox', { name: 'Search the archive' })).toBeFocused();
  await page.keyboard.type('Arbil');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Search results' })).toBeVisible();
  await page.getByRole('region', { name: 'Search results' }).locator('.snippet').first().focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText(/Hit 1 of \d+/)).toBeVisible();
  await page.keyboard.press('F3');
  await expect(page.getByText(/Hit 2 of \d+/)).toBeVisible();
  await page.keyboard.press('Shift+F3');
  await expect(page.getByText(/Hit 1 of \d+/)).toBeVisible();

  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await expect(palette).toBeVisible();
  await page.keyboard.type('shortcuts');
  await page.keyboard.press('Enter');
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(sheet).toBeVisible();
  await expect(sheet.getByRole('row', { name: /Next search hit/ })).toContainText('F3');
  await page.keyboard.press('Escape');
  await expect(sheet).toHaveCount(0);

  await page.keyboard.press('Alt+ArrowLeft');
  await expect(page.getByRole('region', { name: 'Search results' })).toBeVisible();
});

test('every main view passes axe in light and dark, and is photographed for the README', async ({ page }) => {
  test.setTimeout(240_000); // a dozen views, two themes, an axe scan each
  for (const theme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: theme });
    await page.goto(host.url);
    await expect(page.getByRole('list', { name: 'Interviews' }).getByRole('listitem').first()).toBeVisible();
    await expectAccessible(page, `home (${theme})`);

    await page.getByRole('searchbox', { name: 'Search the archive' }).fill('MKO dissidents');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await expect(page.locator('.hit').first()).toBeVisible();
    await expectAccessible(page, `results (${theme})`);
    await page.screenshot({ path: shot(`search-${theme}`) });

    await page.locator('.hit .snippet').first().click();
    await expect(page.getByRole('article')).toBeVisible();
    await expectAccessible(page, `reader (${theme})`);
    await page.screenshot({ path: shot(`reader-${theme}`) });

    const views = page.getByRole('navigation', { name: 'Views' }).getByRole('button');
    const count = await views.count();
    for (let i = 0; i < count; i++) {
      const button = views.nth(i);
      const label = (await button.textContent()) ?? `view ${i}`;
      await button.click();
      await page.waitForTimeout(300);
      await expectAccessible(page, `${label} (${theme})`);
      await page.screenshot({ path: shot(`view-${label.toLowerCase().replace(/\W+/g, '-')}-${theme}`) });
    }
  }
});

test('the theme switch overrides the OS and is remembered', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(host.url);
  const toggle = page.getByRole('button', { name: /Switch theme/ });
  await toggle.click(); // system → light
  await toggle.click(); // light → dark
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).toBe('rgb(27, 26, 24)');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});
