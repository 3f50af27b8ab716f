import { expect, test, type Locator, type Page } from '@playwright/test';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { expectAccessible } from './support/axe';
import { copyArchive, repo, serveArchive, type ServedArchive } from './support/host';
import { selectInReader } from './support/select';

const shot = (name: string) => join(repo, 'docs', 'screenshots', `${name}.png`);
const realInterviews = join(repo, '..', 'shared', 'data', 'interviews');

let host: ServedArchive;
test.beforeAll(async () => {
  host = await serveArchive();
});
test.afterAll(async () => host.stop());

async function openSeed(page: Page): Promise<Locator> {
  await page.goto(host.url);
  await page.getByRole('list', { name: 'Interviews' }).getByRole('button', { name: /Javad Firuzmand interviewed by/ }).click();
  await expect(page.getByRole('article')).toContainText('208 MKO dissidents');
  return page.getByRole('complementary', { name: 'Interview tools' });
}

async function highlight(page: Page, tools: Locator, phrase: string): Promise<void> {
  await tools.getByRole('tab', { name: 'Annotations' }).click();
  await selectInReader(page, phrase);
  await tools.getByRole('form', { name: 'New annotation' }).getByRole('button', { name: 'Highlight only' }).click();
  await expect(page.locator('.reader-body [data-annotation]', { hasText: phrase })).toHaveCount(1);
}

test('links at 1280 px: the form fits the panel, a linked annotation warns before it is deleted, and a deleted end is named, not “”', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const tools = await openSeed(page);
  await highlight(page, tools, '208 MKO dissidents were staying in the US camp');
  await highlight(page, tools, 'gives their number at 110');
  await page.locator('.reader-body [data-annotation]', { hasText: 'gives their number at 110' }).click();
  await tools.getByRole('tab', { name: 'Links' }).click();
  const form = tools.getByRole('form', { name: 'New link' });
  await form.getByLabel('This annotation').selectOption('contradicts');
  await form.getByLabel('Find annotation').fill('208');
  await form.getByRole('button', { name: 'Add link' }).click();
  const links = tools.getByRole('list', { name: 'Links' });
  await expect(links).toContainText('“208 MKO dissidents');

  // Nothing in the form is wider than the panel that holds it.
  const overflow = await tools.evaluate((panel) => {
    const limit = panel.getBoundingClientRect().right + 0.5;
    return [...panel.querySelectorAll<HTMLElement>('.link-form *')].filter((el) => el.getBoundingClientRect().right > limit).map((el) => el.tagName);
  });
  expect(overflow).toEqual([]);
  await page.screenshot({ path: shot('links-panel-1280') });

  // Deleting the 208 annotation, which the other one contradicts: asked first; refusing keeps it.
  await tools.getByRole('tab', { name: 'Annotations' }).click();
  const item = tools.locator('.annotation-item', { hasText: '208 MKO dissidents' });
  const asked: string[] = [];
  page.once('dialog', (dialog) => void (asked.push(dialog.message()), dialog.dismiss()));
  await item.getByRole('button', { name: /Delete/ }).click();
  await expect.poll(() => asked.length).toBe(1);
  expect(asked[0]).toContain('linked to 1 other annotation.');
  await expect(item).toHaveCount(1);
  page.once('dialog', (dialog) => void dialog.accept());
  await item.getByRole('button', { name: /Delete/ }).click();
  await expect(item).toHaveCount(0);

  await page.locator('.reader-body [data-annotation]', { hasText: 'gives their number at 110' }).click();
  await tools.getByRole('tab', { name: 'Links' }).click();
  await expect(links).toContainText('a deleted annotation');
  await expect(links).not.toContainText('“”');
});

test('read-only is shown at once when another host holds the archive', async ({ page }) => {
  const second = await serveArchive(host.archive);
  try {
    await page.goto(second.url);
    await expect(page.getByRole('status').filter({ hasText: 'Read-only.' })).toContainText('Another Testimony window or command has this archive open');
    await expect(page.getByRole('list', { name: 'Interviews' }).getByRole('listitem').first()).toBeVisible({ timeout: 30_000 });
    await page.screenshot({ path: shot('read-only-banner') });
  } finally {
    // The copy belongs to the first host: stop the second without removing it.
    await second.stop({ keepArchive: true });
  }
});

test('open another archive from the browser: a mistyped path says so, a real folder opens, recent ones are listed', async ({ page }) => {
  const other = copyArchive(existsSync(realInterviews) ? realInterviews : join(repo, 'archive'));
  if (!existsSync(realInterviews)) test.info().annotations.push({ type: 'note', description: `${realInterviews} is absent: a second copy of the sample archive stands in for the real interviews` });
  await page.goto(host.url);
  await expect(page.getByRole('list', { name: 'Interviews' }).getByRole('listitem').first()).toBeVisible();
  await page.getByRole('button', { name: /Open another archive/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Open another archive' });
  const path = dialog.getByRole('textbox', { name: /Folder of interviews/ });
  await path.fill(`${other}-typo`);
  await dialog.getByRole('button', { name: 'Open', exact: true }).click();
  await expect(dialog.getByRole('alert')).toContainText('There is no folder at');
  expect(existsSync(`${other}-typo`)).toBe(false);
  await expectAccessible(page, 'open another archive');
  await page.screenshot({ path: shot('open-archive') });

  await path.fill(other);
  await dialog.getByRole('button', { name: 'Open', exact: true }).click();
  await expect(page.getByRole('button', { name: /Archive: archive\. Open another archive/ })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Interviews' }).getByRole('listitem').first()).toBeVisible({ timeout: 30_000 });
  await page.getByRole('button', { name: /Open another archive/ }).click();
  const recent = page.getByRole('list', { name: 'Recent archives' });
  await expect(recent).toContainText(host.archive);
  await recent.getByRole('button').first().click();
  await expect(page.getByRole('list', { name: 'Interviews' }).getByRole('button', { name: /Javad Firuzmand interviewed by/ })).toBeVisible({ timeout: 30_000 });
  rmSync(join(other, '..'), { recursive: true, force: true });
});
