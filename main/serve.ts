import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { Workspace } from './workspace';
import { createHandlers } from './handlers';
import { dossierDownloads } from './handlers/dossier';
import { startLoopbackHost, type LoopbackHost } from './http/server';

/**
 * `npm run serve [archive] [--port N]`: the renderer in a browser against the same engine, on
 * 127.0.0.1 with a random token. Prints exactly one URL on stdout.
 */
async function main(argv: string[]): Promise<void> {
  const portFlag = argv.indexOf('--port');
  const port = portFlag >= 0 ? Number(argv[portFlag + 1]) : 0;
  const archive = argv.find((a, i) => !a.startsWith('--') && argv[i - 1] !== '--port') ?? join(__dirname, '..', '..', 'archive');
  const userData = process.env.TESTIMONY_USER_DATA ?? join(homedir(), '.testimony');
  const workerPath = join(__dirname, 'shardWorker.js');
  let host: LoopbackHost | null = null;
  const ws = await Workspace.open(resolve(archive), {
    userDataDir: userData,
    watch: true,
    workerPath: existsSync(workerPath) ? workerPath : undefined,
    emit: (name, payload) => host?.emit(name, payload),
    // Another window (the desktop app, another serve) may hold the archive: then read it only.
    store: { ifLocked: 'readOnly' },
  });
  host = await startLoopbackHost({ handlers: createHandlers(ws), rendererDir: join(__dirname, '..', 'renderer'), port, downloads: dossierDownloads(ws) });
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
