import { expect, test } from '@playwright/test';
import { join } from 'node:path';
import { expectAccessible } from './support/axe';
import { goToView, servedArchive } from './support/annotations';
import { repo } from './support/host';

const host = servedArchive();

test('memos on a code, written in the codebook, follow the code when it is renamed', async ({ page }) => {
  await page.goto(host().url);
  const codebook = await goToView(page, 'Codebook');
  await codebook.getByLabel('New code (Parent/Child)').fill('Themes/Displacement');
  await codebook.getByRole('button', { name: 'Add code' }).click();
  await codebook.getByRole('button', { name: 'Memos (0) on Themes/Displacement' }).click();
  await codebook.getByRole('button', { name: 'Add a memo on Themes/Displacement' }).click();
  const form = codebook.getByRole('form', { name: 'Memo' });
  await form.getByLabel('Title').fill('Definition');
  await form.getByLabel('Memo', { exact: true }).fill('Forced movement away from home, for any length of time.');
  await form.getByRole('button', { name: 'Save memo' }).click();
  const section = codebook.getByRole('region', { name: 'Memos on Themes/Displacement' });
  await expect(section.locator('.memo')).toContainText('Forced movement away from home');
  await expect(codebook.getByRole('button', { name: 'Memos (1) on Themes/Displacement' })).toHaveAttribute('aria-expanded', 'true');
  await page.screenshot({ path: join(repo, 'docs', 'screenshots', 'annotations-code-memos.png') });
  await expectAccessible(page, 'the codebook with a code’s memos open');

  await codebook.getByLabel('Name of Themes/Displacement').fill('Exile');
  await codebook.getByLabel('Name of Themes/Displacement').press('Enter');
  await expect(codebook.getByRole('button', { name: 'Memos (1) on Themes/Exile' })).toBeVisible();

  const memos = await goToView(page, 'Memos');
  await expect(memos.getByRole('region', { name: 'Code: Themes/Exile' })).toContainText('Definition');
});
