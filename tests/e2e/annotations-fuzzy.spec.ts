import { expect, test } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { goToView, openSeedInterview, SEED, servedArchive } from './support/annotations';
import { repo } from './support/host';
import { selectInReader } from './support/select';

const host = servedArchive();

test('a passage whose words were edited is placed approximately, with how alike it is, in the panel and the Annotations view', async ({ page }) => {
  const tools = await openSeedInterview(page, host());
  await selectInReader(page, '208 MKO dissidents were staying in the US camp');
  await tools.getByRole('button', { name: 'Highlight only' }).click();
  await expect(tools.locator('.annotation-item')).toHaveCount(1);
  await expect(tools.locator('.anchor-badge')).toHaveCount(0);

  const file = join(host().archive, 'firuzmand-interview-2008.txt');
  writeFileSync(file, readFileSync(file, 'utf8').replace('208 MKO dissidents were staying in the US camp', '208 MKO dissidents were living in the U.S. camp'));
  const badge = tools.locator('.anchor-badge');
  await expect(async () => {
    await page.reload();
    await page.getByRole('list', { name: 'Interviews' }).getByRole('button', { name: SEED }).click();
    await expect(badge).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  await expect(badge).toHaveText(/^placed approximately \((\d\d)% alike\)$/);
  await expect(page.locator('.reader-body [data-annotation]')).toHaveText('208 MKO dissidents were living in the U.S. camp');
  await page.locator('.reader-body [data-annotation]').scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(repo, 'docs', 'screenshots', 'annotations-fuzzy.png') });

  const view = await goToView(page, 'Annotations');
  await expect(view.locator('.anchor-badge')).toHaveText(/^placed approximately/);
});
