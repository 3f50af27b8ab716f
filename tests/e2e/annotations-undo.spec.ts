import { expect, test } from '@playwright/test';
import { openSeedInterview, servedArchive } from './support/annotations';
import { selectInReader } from './support/select';

const host = servedArchive();

test('undo survives switching panels and views; Ctrl+Z works from the reader, not the top bar, and two quick ones undo two changes', async ({ page }) => {
  const tools = await openSeedInterview(page, host());
  const tab = (name: string) => tools.getByRole('tab', { name });
  const items = tools.locator('.annotation-item');
  const marks = page.locator('.reader-body [data-annotation]');
  for (const phrase of ['208 MKO dissidents were staying in the US camp', 'Camp Ashraf was established in 1986']) {
    await selectInReader(page, phrase);
    await tools.getByRole('button', { name: 'Highlight only' }).click();
  }
  await expect(marks).toHaveCount(2);

  await items.filter({ hasText: 'Camp Ashraf was established' }).getByRole('button', { name: 'Delete' }).click();
  await expect(items).toHaveCount(1);
  await tab('Links').click();
  await tab('Annotations').click();
  await tools.getByRole('button', { name: 'Undo delete' }).click();
  await expect(items).toHaveCount(2);

  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Codebook' }).click();
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  await expect(marks).toHaveCount(2);
  await page.getByRole('button', { name: 'Keyboard shortcuts' }).focus();
  await page.keyboard.press('Control+z');
  // Nothing should happen: give a wrongly handled undo time to reach the engine before checking.
  await page.waitForTimeout(400);
  await expect(marks).toHaveCount(2);
  await page.locator('.reader-body').click();
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await expect(items).toHaveCount(0);
  await expect(marks).toHaveCount(0);
  await expect(tools.getByRole('alert')).toHaveCount(0);
  await expect(tools.getByRole('button', { name: 'Undo', exact: true })).toBeDisabled();
  await tools.getByRole('button', { name: 'Redo annotation' }).click();
  await expect(marks).toHaveCount(1);
  await expect(marks).toHaveText('208 MKO dissidents were staying in the US camp');
});

test('an Undo pressed while a change is still being saved undoes that change, not the one before', async ({ page }) => {
  const tools = await openSeedInterview(page, host());
  await selectInReader(page, 'Camp Ashraf was established in 1986');
  await tools.getByRole('button', { name: 'Highlight only' }).click();
  const item = tools.locator('.annotation-item').filter({ hasText: 'Camp Ashraf was established in 1986' });
  await expect(item).toHaveCount(1);
  await item.getByRole('button', { name: 'Edit' }).click();
  await item.getByLabel('Note').fill('Saved, then undone at once');
  const undo = tools.getByRole('button', { name: /^Undo/ });
  // The engine's answer to the edit comes late (the change itself is saved at once).
  await page.route('**/api/call/annotations.update', async (route) => {
    const response = await route.fetch();
    await new Promise((resolve) => setTimeout(resolve, 600));
    await route.fulfill({ response });
  });
  await item.getByRole('button', { name: 'Save changes' }).click();
  await undo.click();
  await expect(tools.getByRole('button', { name: 'Redo edit' })).toBeEnabled();
  await expect(item).toHaveCount(1);
  await expect(item.locator('.annotation-note')).toHaveCount(0);
  await expect(tools.getByRole('button', { name: 'Undo annotation' })).toBeEnabled();
});
