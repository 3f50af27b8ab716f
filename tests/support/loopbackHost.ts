import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Workspace } from '../../main/workspace';
import { createHandlers } from '../../main/handlers';
import { startLoopbackHost, type LoopbackHost, type LoopbackOptions } from '../../main/http/server';

/** The loopback host over a ready workspace of `archive`, serving a one-page stand-in renderer. */
export async function startTestLoopback(archive: { root: string; userData: string }, options: Partial<LoopbackOptions> = {}): Promise<{ ws: Workspace; host: LoopbackHost }> {
  const ws = await Workspace.open(archive.root, { userDataDir: archive.userData });
  await ws.ready;
  const rendererDir = join(archive.root, '..', 'renderer');
  mkdirSync(rendererDir, { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>t</title>');
  const host = await startLoopbackHost({ handlers: createHandlers(ws), rendererDir, media: (id) => ws.media(id), ...options });
  return { ws, host };
}
