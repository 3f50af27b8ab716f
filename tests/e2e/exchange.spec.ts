import { expect, test, type Page } from '@playwright/test';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { copyArchive, repo, serveArchive, type ServedArchive } from './support/host';
import { annotateQuote, callApi, waitReady } from './support/dossier';

const shot = (name: string) => join(repo, 'docs', 'screenshots', `${name}.png`);
const CATALOGUE = '"Dublin Core:Title","Dublin Core:Identifier","Item Type Metadata:Interviewee","Dublin Core:Date"\n"From the catalogue","aria-volunteer-paris-2008.html","Shirin Rostami","April 2008"\n';

let host: ServedArchive;
test.beforeAll(async () => {
  const archive = copyArchive();
  writeFileSync(join(archive, 'catalogue.csv'), CATALOGUE);
  host = await serveArchive(archive);
  await waitReady(host);
  const code = await callApi<{ id: string }>(host, 'codes.add', { name: 'Arrests' });
  await annotateQuote(host, 'firuzmand-interview-2008.txt', 'the Turkish border police arrested them', [code.id], 'Compare with the officer.');
});
test.afterAll(async () => host.stop());

async function openInterview(page: Page, name: RegExp) {
  await page.goto(host.url);
  await page.getByRole('list', { name: 'Interviews' }).getByRole('button', { name }).click();
  return page.getByRole('complementary', { name: 'Interview tools' });
}

test('correct an untitled SRT’s details in the reader: the list and the interviewee filter find Hamid Karimi at once; undo restores the file’s own', async ({ page }) => {
  const panel = await openInterview(page, /jordan-route-2008\.srt/);
  await panel.getByRole('tab', { name: 'Details' }).click();
  const form = panel.getByRole('form', { name: 'Interview details' });
  await form.getByLabel('Title').fill('Crossing from Jordan, 2008');
  await form.getByLabel('Interviewee').fill('Hamid Karimi');
  await form.getByLabel('Date', { exact: true }).fill('2008-05');
  await form.getByLabel('Date precision').selectOption('month');
  // Ctrl+Z inside a text field stays the field's own undo, not the app's.
  await form.getByLabel('Place').fill('Amman');
  await form.getByLabel('Place').press('Control+z');
  await form.getByLabel('Tags (comma-separated)').fill('route, Jordan');
  await form.getByRole('button', { name: 'Save details' }).click();
  await expect(panel.getByRole('status').filter({ hasText: 'beside the interview' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Interviews' }).getByRole('button', { name: /Crossing from Jordan, 2008/ })).toBeVisible();
  await expect(page.getByRole('article').getByRole('heading', { level: 2 })).toHaveText('Crossing from Jordan, 2008');
  const found = await callApi<{ hits: { path: string }[] }>(host, 'search.query', { query: 'border', limit: 20, offset: 0, filters: { interviewee: 'Hamid Karimi' } });
  expect(found.hits.map((h) => h.path)).toContain('jordan-route-2008.srt');
  expect(JSON.parse(readFileSync(join(host.archive, 'jordan-route-2008.srt.testimony.json'), 'utf8')).fields).toMatchObject({ interviewee: 'Hamid Karimi', date: '2008-05', tags: ['route', 'Jordan'] });
  // The form shows what was saved.
  await expect(form.getByLabel('Interviewee')).toHaveValue('Hamid Karimi');
  await expect(form.getByLabel('Date precision')).toHaveValue('month');
  await page.screenshot({ path: shot('exchange-details') });
  await panel.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('list', { name: 'Interviews' }).getByRole('button', { name: /jordan-route-2008\.srt/ })).toBeVisible();
  await expect(form.getByLabel('Interviewee')).toHaveValue('');
});

test('export the project as .qdpx, import it into an empty archive through the page, and read the report', async ({ page }) => {
  await page.goto(host.url);
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Exchange' }).click();
  const view = page.getByRole('region', { name: 'Exchange' });
  const download = page.waitForEvent('download');
  await view.getByRole('button', { name: 'Export project (.qdpx)' }).click();
  const file = join(mkdtempSync(join(tmpdir(), 'testimony-qdpx-')), 'project.qdpx');
  await (await download).saveAs(file);
  await expect(view.getByRole('status').filter({ hasText: /Saved .*\.qdpx: 12 interviews, 1 code, 1 coding, 1 note\./ })).toBeVisible();

  const emptyFolder = join(mkdtempSync(join(tmpdir(), 'testimony-empty-')), 'archive');
  mkdirSync(emptyFolder);
  const empty = await serveArchive(emptyFolder);
  try {
    await page.goto(empty.url);
    await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Exchange' }).click();
    await page.getByLabel('Import a REFI-QDA project or codebook').setInputFiles(file);
    const report = page.getByRole('status', { name: 'Import report' });
    await expect(report).toContainText('Imported 12 interviews into imported/');
    await expect(report).toContainText('1 code, 1 coding and 1 note.');
    // The sample archive's 12 interviews (the recorded one included; its .ogg is no interview).
    await expect(page.getByRole('list', { name: 'Interviews' }).getByRole('button')).toHaveCount(12);
    const annotations = await callApi<{ quote: string; note?: string }[]>(empty, 'annotations.list', {});
    expect(annotations).toMatchObject([{ quote: 'the Turkish border police arrested them', note: 'Compare with the officer.' }]);
    await page.screenshot({ path: shot('view-exchange') });
  } finally {
    await empty.stop();
  }
});

test('confirm a catalogue’s column mapping once; export citations as RIS for Zotero', async ({ page }) => {
  await page.goto(host.url);
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Exchange' }).click();
  const view = page.getByRole('region', { name: 'Exchange' });
  await view.getByRole('button', { name: 'catalogue.csv' }).click();
  await expect(view.getByText('1 row; 1 names an interview of this archive.')).toBeVisible();
  await expect(view.getByLabel('Field for column Dublin Core:Identifier')).toHaveValue('file');
  await view.getByRole('button', { name: 'Confirm this mapping' }).click();
  await expect(view.getByRole('status').filter({ hasText: '1 interview now carries' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Interviews' }).getByRole('button', { name: /From the catalogue/ })).toBeVisible();
  await page.screenshot({ path: shot('exchange-catalogue') });
  await view.getByLabel('Format').selectOption('ris');
  const download = page.waitForEvent('download');
  await view.getByRole('button', { name: 'Export citations' }).click();
  const ris = readFileSync((await (await download).path())!, 'utf8');
  expect(ris).toContain('TI  - From the catalogue\r\nAU  - Rostami, Shirin');
  expect(ris.match(/^TY {2}- PCOMM/gm)).toHaveLength(12);
});
