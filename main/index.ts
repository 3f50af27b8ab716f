/**
 * The Electron host: one window, sandboxed, loading the renderer bundle from app://testimony,
 * talking to the engine only through the contract's validated IPC channel.
 */
import { app, BrowserWindow, dialog } from 'electron';
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Workspace } from './workspace';
import { createHandlers } from './handlers';
import { safeStoragePasswords } from './electron/passwordKeeper';
import type { Handlers } from './handlers/dispatch';
import { buildMenu } from './electron/menu';
import { emitTo, serveDrops, serveIpc } from './electron/ipc';
import { hardenApp } from './electron/hardening';
import { APP_ORIGIN, registerAppScheme, serveRendererBundle } from './electron/protocol';
import { devOverrides } from './electron/policy';
import { SettingsFile } from './workspace/settings';
import { checkArchiveFolder } from './workspace/archiveFolder';
import { saveFileDialog } from './electron/saveFile';

const overrides = devOverrides(app.isPackaged, process.env);
if (overrides.userData) app.setPath('userData', overrides.userData);
registerAppScheme();
if (!app.requestSingleInstanceLock()) app.quit();
// A second launch hands over to this one: its window comes to the front instead of a second
// writer on the same archive.
app.on('second-instance', () => {
  if (!window) return;
  if (window.isMinimized()) window.restore();
  window.focus();
});

let window: BrowserWindow | null = null;
/** The page has shown an archive already: switching must reload it. */
let pageShowsArchive = false;
let workspace: Workspace | null = null;
// Calls that arrive while an archive is opening wait for it rather than fail.
let provideHandlers: (value: Handlers) => void = () => undefined;
let handlers: Promise<Handlers> = new Promise((resolve) => (provideHandlers = resolve));
let settings: SettingsFile;

function sampleArchive(): string {
  // Packaged: copied beside the app by electron-builder (extraResources); in development: the repo's archive/.
  const packaged = join(process.resourcesPath, 'archive');
  return app.isPackaged && existsSync(packaged) ? packaged : join(app.getAppPath(), 'archive');
}

async function openArchive(path: string): Promise<void> {
  if (!window) return;
  const previous = workspace;
  if (previous) handlers = new Promise((resolve) => (provideHandlers = resolve));
  workspace = null;
  await previous?.close();
  try {
    workspace = await Workspace.open(path, {
      userDataDir: app.getPath('userData'),
      watch: true,
      workerPath: join(__dirname, 'shardWorker.js'),
      emit: emitTo(window),
      // A second window on the same archive reads it; only the first may write annotations.
      store: { ifLocked: 'readOnly' },
    });
  } catch (error) {
    dialog.showErrorBox('Could not open the archive', error instanceof Error ? error.message : String(error));
    if (path !== sampleArchive()) return openArchive(sampleArchive());
    return;
  }
  workspace.sync.keeper = safeStoragePasswords(app.getPath('userData'));
  workspace.sync.start();
  provideHandlers(createHandlers(workspace, {
    saveFile: saveFileDialog(() => window),
    // The same calls the browser host answers: the page's "Open another archive" and its recent list.
    openArchive: async (folder) => {
      checkArchiveFolder(resolve(folder));
      await openArchive(resolve(folder));
      if (!workspace) throw new Error('The archive could not be opened.');
      return workspace.status();
    },
    recentArchives: () => settings.recentArchives(),
  }));
  settings.rememberArchive(path);
  window.setTitle(`Testimony — ${path}`);
  refreshMenu();
  // The page holds the old archive's views: start it afresh (the first archive needs no reload).
  if (pageShowsArchive) window.webContents.reload();
  pageShowsArchive = true;
}

async function chooseArchive(): Promise<void> {
  if (!window) return;
  const choice = await dialog.showOpenDialog(window, { title: 'Open an interview archive', properties: ['openDirectory'] });
  const folder = choice.filePaths[0];
  if (!choice.canceled && folder) await openArchive(folder);
}

function refreshMenu(): void {
  buildMenu({
    openArchive: () => void chooseArchive(),
    openRecent: (path) => void openArchive(path),
    openSample: () => void openArchive(sampleArchive()),
    reindex: () => workspace?.reindex(),
    recent: () => settings.value.recentArchives,
    isPackaged: app.isPackaged,
  });
}

function createWindow(): BrowserWindow {
  const bounds = settings.value.window;
  const win = new BrowserWindow({
    width: bounds?.width ?? 1280,
    height: bounds?.height ?? 820,
    ...(bounds?.x !== undefined && bounds.y !== undefined ? { x: bounds.x, y: bounds.y } : {}),
    show: false,
    title: 'Testimony',
    webPreferences: {
      preload: join(__dirname, '../preload/index.cjs'),
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      devTools: !app.isPackaged,
      // Middle-click (auxclick) can open links in new windows, bypassing window.open's deny.
      disableBlinkFeatures: 'Auxclick',
    },
  });
  win.once('ready-to-show', () => {
    if (bounds?.maximized) win.maximize();
    win.show();
  });
  win.on('close', () => {
    settings.value.window = { ...win.getNormalBounds(), maximized: win.isMaximized() };
    settings.save();
  });
  return win;
}

async function confirmDrop(folder: string): Promise<boolean> {
  if (!window) return false;
  const { response } = await dialog.showMessageBox(window, { type: 'question', buttons: ['Open', 'Cancel'], defaultId: 0, cancelId: 1, message: 'Open this folder as the archive?', detail: folder });
  return response === 0;
}

app.whenReady().then(async () => {
  settings = SettingsFile.load(app.getPath('userData'));
  hardenApp();
  serveRendererBundle(join(__dirname, '../renderer'), async (id) => workspace?.media(id));
  window = createWindow();
  serveIpc(window, () => handlers);
  serveDrops(window, (folder) => void openArchive(folder), (path) => existsSync(path) && statSync(path).isDirectory(), confirmDrop);
  refreshMenu();
  const last = settings.value.recentArchives.find((p) => existsSync(p));
  const start = overrides.archive ?? last ?? sampleArchive();
  await window.loadURL(`${APP_ORIGIN}/index.html`);
  await openArchive(start);
}).catch((error: unknown) => {
  dialog.showErrorBox('Testimony could not start', error instanceof Error ? error.stack ?? error.message : String(error));
  app.quit();
});

app.on('window-all-closed', () => {
  void workspace?.close().finally(() => app.quit());
  if (!workspace) app.quit();
});
