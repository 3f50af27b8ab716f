import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { copyArchive, repo } from './support/host';
import { electronBinary } from './support/electronBinary';

// The real desktop app. Runs wherever the Electron binary exists; skipped here with the reason.
const binary = electronBinary();
test.skip('missing' in binary, 'missing' in binary ? binary.missing : '');

let app: ElectronApplication;
let page: Page;

test.beforeAll(async () => {
  if (!('path' in binary)) return;
  const archive = copyArchive();
  app = await electron.launch({
    executablePath: binary.path,
    args: [repo],
    env: { ...process.env, TESTIMONY_ARCHIVE: archive, TESTIMONY_USER_DATA: mkdtempSync(join(tmpdir(), 'testimony-user-')) },
  });
  page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
});

test.afterAll(async () => {
  await app?.close();
});

// The native save dialog cannot be answered by a test: answer it in the main process instead.
const savedTo = join(mkdtempSync(join(tmpdir(), 'testimony-save-')), 'dossier.pdf');
test.beforeAll(async () => {
  if (!app) return;
  await app.evaluate(({ dialog }, path) => {
    dialog.showSaveDialog = (async () => ({ canceled: false, filePath: path })) as typeof dialog.showSaveDialog;
  }, savedTo);
});

test('starts sandboxed with context isolation and no Node in the page', async () => {
  const exposed = await page.evaluate(() => ({ require: typeof (globalThis as { require?: unknown }).require, process: typeof (globalThis as { process?: unknown }).process, ipc: typeof (globalThis as { ipcRenderer?: unknown }).ipcRenderer }));
  expect(exposed).toEqual({ require: 'undefined', process: 'undefined', ipc: 'undefined' });
  expect(await app.evaluate(({ app: electronApp }) => electronApp.isPackaged)).toBe(false);
  expect(await page.evaluate(() => Object.keys((window as unknown as { testimony: object }).testimony).sort())).toEqual(['call', 'on']);
});

test('opens the sample archive, searches and reads a hit', async () => {
  await expect(page.getByRole('list', { name: 'Interviews' }).getByRole('listitem').first()).toBeVisible({ timeout: 30_000 });
  await page.getByRole('searchbox', { name: 'Search the archive' }).fill('Firuzmand');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await page.locator('.hit .snippet').first().click();
  await expect(page.locator('.hit-mark.current')).toHaveText(/Firuzmand/i);
});

test('plays the sample recording from app://testimony/media/<id>, seeking in it', async () => {
  await page.getByRole('list', { name: 'Interviews' }).getByRole('button', { name: /A clinic nurse in Arbil/ }).click();
  const player = page.getByRole('region', { name: 'Recording' });
  await expect(player.locator('.player-time')).toContainText('/ 1:10');
  expect(await page.locator('.player-media').evaluate((m) => (m as HTMLMediaElement).currentSrc)).toMatch(/^app:\/\/testimony\/media\/[0-9a-f]{12}$/);
  const passage = page.locator('.passage', { hasText: 'By February 2008' });
  await passage.click();
  const start = Number(await passage.getAttribute('data-time'));
  await expect.poll(() => page.locator('.player-media').evaluate((m) => (m as HTMLMediaElement).currentTime)).toBeGreaterThan(start - 0.25);
});

test('denies navigation and new windows', async () => {
  const before = page.url();
  await page.evaluate(() => {
    window.open('https://example.com');
    window.location.href = 'https://example.com';
  });
  await page.waitForTimeout(500);
  expect(page.url()).toBe(before);
  expect(app.windows()).toHaveLength(1);
});

test('the CSP forbids inline script', async () => {
  const csp = readFileSync(join(repo, 'out', 'renderer', 'index.html'), 'utf8');
  expect(csp).toContain("script-src 'self'");
  const ran = await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__inline = true';
    document.body.append(s);
    return (window as unknown as { __inline?: boolean }).__inline === true;
  });
  expect(ran).toBe(false);
});

type Api = { call(name: string, input: unknown): Promise<{ ok: boolean; value?: unknown; error?: { message: string } }> };

test('annotates through the sandboxed bridge and exports the annotations and a dossier', async () => {
  const outcome = await page.evaluate(async () => {
    const api = (window as unknown as { testimony: Api }).testimony;
    const list = (await api.call('interviews.list', {})).value as Array<{ id: string; path: string }>;
    const seed = list.find((i) => i.path === 'firuzmand-interview-2008.txt');
    if (!seed) throw new Error('seed missing');
    const text = ((await api.call('interviews.get', { id: seed.id })).value as { text: string }).text;
    const start = text.indexOf('208 MKO dissidents');
    const added = await api.call('annotations.add', { interviewId: seed.id, start, end: start + 18, note: 'ARIA figure', codes: [] });
    const csv = (await api.call('annotations.export', { format: 'csv' })).value as { text: string };
    const dossier = (await api.call('dossier.create', { title: 'Electron check' })).value as { id: string; sections: unknown[] };
    await api.call('dossier.update', { ...dossier, sections: [{ id: 's1', title: 'Figures', source: { kind: 'annotations', ids: [(added.value as { id: string }).id] } }] });
    const exported = (await api.call('dossier.export', { id: dossier.id })).value as { exportId: string; pages: number };
    const saved = (await api.call('dossier.saveAs', { exportId: exported.exportId })).value as { kind: string; fileName?: string };
    return { added: added.ok, csv: csv.text, pages: exported.pages, saved };
  });
  expect(outcome.added).toBe(true);
  expect(outcome.csv).toContain('208 MKO dissidents');
  expect(outcome.pages).toBeGreaterThan(1);
  expect(outcome.saved.kind).toBe('saved');
  expect(existsSync(savedTo)).toBe(true);
});
