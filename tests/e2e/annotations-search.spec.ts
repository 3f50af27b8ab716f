import { expect, test } from '@playwright/test';
import { join } from 'node:path';
import { expectAccessible } from './support/axe';
import { goToView, openSeedInterview, servedArchive } from './support/annotations';
import { repo } from './support/host';
import { selectInReader } from './support/select';

const host = servedArchive();

test('the Annotations view’s search finds notes and memos by every word, in any order, ignoring case and accents', async ({ page }) => {
  const panel = await openSeedInterview(page, host());
  await selectInReader(page, 'Camp Ashraf was established in 1986');
  const form = panel.getByRole('form', { name: 'New annotation' });
  await form.getByLabel('Note').fill('Témoignage: the convoy left for Tehrān at night');
  await form.getByLabel('Find or create a code').fill('Routes');
  await form.getByRole('button', { name: /Create code/ }).click();
  await form.getByRole('button', { name: 'Save annotation' }).click();
  await expect(panel.locator('.annotation-item')).toHaveCount(1);

  const memos = await goToView(page, 'Memos');
  await memos.getByRole('button', { name: 'Add a memo' }).click();
  const memoForm = memos.getByRole('form', { name: 'Memo' });
  await memoForm.getByLabel('Title').fill('Convoy questions');
  await memoForm.getByLabel('Memo', { exact: true }).fill('Who organised the CONVOY, and when?');
  await memoForm.getByRole('button', { name: 'Save memo' }).click();
  await expect(memos.locator('.memo')).toHaveCount(1);

  const view = await goToView(page, 'Annotations');
  const search = view.getByLabel('Search quotes, notes, memos');
  const rows = view.locator('.result-row');
  const memosFound = view.getByRole('region', { name: 'Memos found' });
  await search.fill('night TEHRAN temoignage');
  await expect(rows).toHaveCount(1);
  await expect(rows).toContainText('Camp Ashraf was established in 1986');
  await expect(memosFound).toHaveCount(0);

  await search.fill('convoy');
  await expect(rows).toHaveCount(1);
  await expect(memosFound).toContainText('Convoy questions');
  await page.screenshot({ path: join(repo, 'docs', 'screenshots', 'annotations-search.png') });
  await expectAccessible(page, 'the Annotations view with notes and memos found');

  await search.fill('convoy organised');
  await expect(rows).toHaveCount(0);
  await expect(memosFound).toContainText('Convoy questions');

  await search.fill('convoy');
  await view.getByLabel('Interviewee').fill('nobody of that name');
  await expect(rows).toHaveCount(0);
  await expect(memosFound).toContainText('Convoy questions');
  await view.getByLabel('Interviewee').fill('');
  await view.getByLabel('Filter by code').selectOption({ label: 'Routes' });
  await expect(rows).toHaveCount(1);

  await search.fill('zebra');
  await expect(rows).toHaveCount(0);
  await expect(memosFound).toHaveCount(0);
  await expect(view.getByText('No annotation matches.')).toBeVisible();
});
