/**
 * Two researchers' copies, one conflict (both changed a note offline), resolved in the Team view
 * of the browser host: the versions side by side, one kept, the choice shared with the team.
 */
import { expect, test } from '@playwright/test';
import { join } from 'node:path';
import { repo, serveArchive } from './support/host';
import { cli } from './support/cli';
import { expectAccessible } from './support/axe';
import { json, makeNoteConflict, passwordOf, teamServer } from './support/team';

const team = teamServer();

test('the Team view shows a conflict side by side and resolves it for both researchers', async ({ page }) => {
  test.setTimeout(180_000);
  const remote = await team.project('Ana', 'Ben');
  const [ana, ben] = [team.copy(), team.copy()];
  const id = await makeNoteConflict(team, remote, ana, ben);

  const host = await serveArchive(ben);
  try {
    // Tall enough for the screenshot to hold the whole conflict.
    await page.setViewportSize({ width: 1360, height: 1250 });
    await page.goto(host.url);
    await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Team' }).click();
    const view = page.getByRole('region', { name: 'Team' });
    await view.getByLabel('Your name (on what you make)').fill('Ben');
    await view.getByLabel('Project address').fill(remote);
    await view.getByLabel('User name').fill('ben');
    await view.getByRole('button', { name: 'Save settings' }).click();
    await expect(view.getByRole('status')).toHaveText(/Synced|Nothing shared yet|waiting/);

    const conflict = view.getByRole('article', { name: /Annotation in/ });
    await expect(conflict.getByRole('columnheader', { name: /Ana,/ })).toBeVisible();
    await expect(conflict.getByRole('columnheader', { name: /Ben,/ })).toBeVisible();
    await expect(conflict.getByText('shown now, in conflict')).toBeVisible();
    await expect(conflict.getByRole('row', { name: /note/ })).toContainText('Ana’s reading');
    await expect(conflict.getByRole('row', { name: /note/ })).toContainText('Ben’s reading');
    await expect(conflict.getByRole('row', { name: /note \(differs\)/ })).toBeVisible();
    await page.screenshot({ path: join(repo, 'docs', 'screenshots', 'team-conflicts.png'), fullPage: true });
    await expectAccessible(page, 'the Team view with a conflict');

    // Elsewhere the server's winner is shown, marked in conflict, with who made it.
    const nav = page.getByRole('navigation', { name: 'Views' });
    await nav.getByRole('button', { name: 'Annotations' }).click();
    const found = page.getByRole('list', { name: 'Annotations found' }).getByRole('listitem');
    await expect(found).toHaveCount(1);
    await expect(found).toContainText('in conflict');
    await expect(found).toContainText('by Ana');
    await nav.getByRole('button', { name: 'Team' }).click();

    await conflict.getByRole('button', { name: 'Merge fields…' }).click();
    await conflict.getByRole('radio', { name: 'Ana’s reading' }).check();
    await conflict.getByRole('button', { name: 'Save the merged version' }).click();
    await expect(view.getByText('No conflicts.')).toBeVisible();
    await nav.getByRole('button', { name: 'Annotations' }).click();
    await expect(found).toHaveCount(1);
    await expect(found).not.toContainText('in conflict');
    await nav.getByRole('button', { name: 'Team' }).click();

    // Sync from the page, the password typed for this session only (the browser host keeps none).
    await view.getByLabel('Password').fill(passwordOf('Ben'));
    await view.getByRole('button', { name: 'Sync now' }).click();
    await expect(view.getByRole('status')).toHaveText('Synced');
  } finally {
    await host.stop({ keepArchive: true });
  }
  json(await team.sync(ana, remote, 'Ana'));
  for (const copy of [ana, ben]) expect(json(await cli(['conflicts', copy, '--json']))).toEqual([]);
  const notes = JSON.parse((await cli(['annotations', ana, '--format', 'w3c'])).stdout) as { first: { items: { id: string; body?: { value: string } }[] } };
  expect(notes.first.items.find((a) => a.id === `urn:uuid:${id}`)?.body?.value).toBe('Ana’s reading');
});

test('two coders compared in the Team view: agreement and kappa per code, a disagreement opens in the reader', async ({ page }) => {
  test.setTimeout(180_000);
  const remote = await team.project('Ana', 'Ben');
  const [ana, ben] = [team.copy(), team.copy()];
  const [hit] = json<{ id: string }[]>(await cli(['search', ana, 'perimeter', '--json', '--limit', '1']));
  const code = (archive: string, quote: string, creator: string) => cli(['annotate', archive, '--interview', hit!.id, '--quote', quote, '--code', 'Places', '--creator', creator, '--json']);
  json(await code(ana, 'outer perimeter of Camp Ashraf', 'Ana'));
  json(await team.sync(ana, remote, 'Ana'));
  json(await team.sync(ben, remote, 'Ben'));
  json(await code(ben, 'perimeter of Camp Ashraf', 'Ben'));
  json(await team.sync(ben, remote, 'Ben'));

  const host = await serveArchive(ben);
  try {
    await page.goto(host.url);
    await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Team' }).click();
    const coders = page.getByRole('region', { name: 'Team' }).locator('section', { has: page.getByRole('heading', { name: 'Coders compared' }) });
    await coders.getByLabel('Coder').selectOption('Ana');
    await coders.getByLabel('with').selectOption('Ben');
    const row = coders.getByRole('row', { name: /Places/ });
    await expect(row).toContainText(/\d+\.\d %/);
    await expect(row.getByRole('cell').nth(1)).toHaveText(/^0\.\d\d$/);
    const disagreement = row.getByRole('button', { name: /“outer ” \(only Ana\)/ });
    await expect(disagreement).toBeVisible();
    await coders.screenshot({ path: join(repo, 'docs', 'screenshots', 'team-coders.png') });
    await expectAccessible(page, 'the Team view comparing two coders');
    await disagreement.click();
    await expect(page).toHaveURL(new RegExp(`#/reader/${hit!.id}`));
  } finally {
    await host.stop({ keepArchive: true });
  }
});
