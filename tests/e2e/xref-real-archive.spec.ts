import { expect, test, type Page } from '@playwright/test';
import { cpSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { copyArchive, repo, serveArchive, type ServedArchive } from './support/host';

// The sample archive plus the shared real interviews (WPA, Unix, OHMS, WebVTT, Idaho CSV), as a researcher would open them.
const SHARED = resolve(repo, '..', 'shared', 'data', 'interviews');
const shot = (name: string) => join(repo, 'docs', 'screenshots', `${name}.png`);
const views = (page: Page) => page.getByRole('navigation', { name: 'Views' });

test.describe('cross-referencing on real archives', () => {
  test.skip(!existsSync(SHARED), '../shared/data/interviews is absent');
  let host: ServedArchive;
  test.beforeAll(async () => {
    const archive = copyArchive();
    cpSync(SHARED, join(archive, 'shared-interviews'), { recursive: true });
    host = await serveArchive(archive);
  });
  test.afterAll(async () => host?.stop());

  test('entities, graph, timeline and related interviews read as a researcher expects', async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: 1400, height: 900 });
    await page.goto(host.url);
    await views(page).getByRole('button', { name: 'Entities' }).click();
    const list = page.getByRole('list', { name: 'Entities' });
    await expect(list.getByRole('button').first()).toBeVisible({ timeout: 60_000 });
    // The first page: no furniture or function words (the unit test checks the first 100 through the API).
    const firstPage = (await list.getByRole('button').allInnerTexts()).slice(0, 40).map((t) => t.split('\n')[0]!.trim());
    for (const junk of ['END', 'DATE', 'TAPE', 'SIDE', 'Den', 'Qué', 'St', 'NOT']) expect(firstPage).not.toContain(junk);
    await expect(page.getByText(/less certain names? (?:is|are) hidden/)).toBeVisible();
    await page.screenshot({ path: shot('real-entities') });

    await views(page).getByRole('button', { name: 'Graph' }).click();
    await page.getByLabel('Centre on').selectOption({ label: 'Camp Ashraf' });
    await page.getByLabel('At least').fill('2');
    const graph = page.getByRole('group', { name: 'Names and their connections' });
    await expect(graph.getByRole('button', { name: /^Camp Ashraf, place/ })).toBeVisible();
    await expect(graph.getByRole('button', { name: /^MKO, organisation/ })).toBeVisible();
    await page.screenshot({ path: shot('real-graph') });

    await views(page).getByRole('button', { name: 'Timeline' }).click();
    await expect(page.getByText(/^Jalali /).first()).toBeVisible({ timeout: 30_000 });
    await expect(page.getByRole('region', { name: '1986' })).toBeVisible();
    await page.getByRole('region', { name: '2008' }).getByText(/^Jalali /).first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: shot('real-timeline') });

    await page.goto(host.url);
    await page.getByRole('list', { name: 'Interviews' }).getByRole('button', { name: /Javad Firuzmand interviewed by/ }).click();
    const tools = page.getByRole('complementary', { name: 'Interview tools' });
    await tools.getByRole('tab', { name: 'Entities' }).click();
    const related = tools.getByRole('list', { name: 'Related interviews' });
    await expect(related.getByRole('listitem').first()).toBeVisible({ timeout: 30_000 });
    await expect(related).not.toContainText('rostami, shirin');
    await page.screenshot({ path: shot('real-related') });
  });
});
