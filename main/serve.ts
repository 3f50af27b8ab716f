import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { Workspace } from './workspace';
import { createHandlers } from './handlers';
import { dossierDownloads } from './handlers/dossier';
import type { Handlers } from './handlers/dispatch';
import type { ArchiveSwitcher } from './handlers/library';
import { switchableHandlers } from './handlers/switchable';
import { startLoopbackHost, type LoopbackHost } from './http/server';
import { SettingsFile } from './workspace/settings';
import { checkArchiveFolder } from './workspace/archiveFolder';
import { parseServeArgs } from './serveArgs';
import { startLoopProbe } from './loopProbe';

/**
 * `npm run serve [archive] [--port N]`: the renderer in a browser against the same engine, on
 * 127.0.0.1 with a random token. Prints exactly one URL on stdout. The page may switch to another
 * archive folder; recent ones are remembered in the user data folder, as the desktop app does.
 */
async function main(argv: string[]): Promise<void> {
  const probe = process.env.TESTIMONY_LOOP_PROBE;
  if (probe) startLoopProbe(probe);
  const { archive, port } = parseServeArgs(argv, join(__dirname, '..', '..', 'archive'));
  checkArchiveFolder(archive);
  const userData = process.env.TESTIMONY_USER_DATA ?? join(homedir(), '.testimony');
  const settings = SettingsFile.load(userData);
  const workerPath = join(__dirname, 'shardWorker.js');
  let host: LoopbackHost | null = null;
  const open = async (root: string): Promise<Workspace> => {
    const opened = await Workspace.open(root, {
      userDataDir: userData,
      watch: true,
      workerPath: existsSync(workerPath) ? workerPath : undefined,
      emit: (name, payload) => host?.emit(name, payload),
      // Another window (the desktop app, another serve) may hold the archive: then read it only.
      store: { ifLocked: 'readOnly' },
    });
    // Continuous sync, if on, waits for a password typed in this session: the browser host keeps none.
    opened.sync.start();
    return opened;
  };
  let ws = await open(archive);
  settings.rememberArchive(ws.root);
  const switcher: ArchiveSwitcher = {
    async openArchive(path) {
      const root = resolve(path);
      if (root === ws.root) return ws.status();
      checkArchiveFolder(root);
      const previous = ws;
      // Close first: the new folder may be the one this server held before, and its lock must be free.
      await previous.close();
      try {
        ws = await open(root);
      } catch (error) {
        ws = await open(previous.root);
        throw error;
      }
      current = createHandlers(ws, switcher);
      settings.rememberArchive(ws.root);
      return ws.status();
    },
    recentArchives: () => settings.recentArchives(),
  };
  let current: Handlers = createHandlers(ws, switcher);
  host = await startLoopbackHost({
    handlers: switchableHandlers(() => current),
    rendererDir: join(__dirname, '..', 'renderer'),
    port,
    downloads: (name, res) => dossierDownloads(ws)(name, res),
    media: (id) => ws.media(id),
  });
  process.stdout.write(`${host.url}\n`);
  const stop = async (): Promise<void> => {
    await host?.close();
    await ws.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`testimony serve: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
