import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { MediaFile } from '../../../main/library/mediaFile';

// The desktop host's app:// handler, driven without Electron: `protocol.handle` hands us the handler.
const handlers = new Map<string, (request: Request) => Promise<Response>>();
const fetched: string[] = [];
vi.mock('electron', () => ({
  protocol: { handle: (scheme: string, handler: (request: Request) => Promise<Response>) => handlers.set(scheme, handler), registerSchemesAsPrivileged: vi.fn() },
  net: { fetch: vi.fn(async (url: string) => (fetched.push(url), new Response('bundle'))) },
}));

const dir = mkdtempSync(join(tmpdir(), 'testimony-app-media-'));
const RECORDING = Buffer.from(Array.from({ length: 600 }, (_, i) => i % 256));
writeFileSync(join(dir, 'talk.ogg'), RECORDING);
const ID = 'a1b2c3d4e5f6';
const asked: string[] = [];
const lookup = async (id: string): Promise<MediaFile | undefined> => {
  asked.push(id);
  return id === ID ? { absPath: join(dir, 'talk.ogg'), root: dir, size: RECORDING.length, type: 'audio/ogg' } : undefined;
};
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function handler(): Promise<(request: Request) => Promise<Response>> {
  const { serveRendererBundle } = await import('../../../main/electron/protocol');
  serveRendererBundle(dir, lookup);
  return handlers.get('app')!;
}

describe('app://testimony/media/<id> (desktop)', () => {
  it('serves the recording, and a Range with 206 and exactly those bytes', async () => {
    const handle = await handler();
    const whole = await handle(new Request(`app://testimony/media/${ID}`));
    expect([whole.status, whole.headers.get('content-type'), whole.headers.get('accept-ranges')]).toEqual([200, 'audio/ogg', 'bytes']);
    expect(Buffer.from(await whole.arrayBuffer()).equals(RECORDING)).toBe(true);
    const part = await handle(new Request(`app://testimony/media/${ID}`, { headers: { Range: 'bytes=10-19' } }));
    expect([part.status, part.headers.get('content-range')]).toEqual([206, 'bytes 10-19/600']);
    expect(Buffer.from(await part.arrayBuffer()).equals(RECORDING.subarray(10, 20))).toBe(true);
  });

  it('refuses traversal: only one path segment reaches the lookup, and it is an id, never a path', async () => {
    const handle = await handler();
    asked.length = 0;
    for (const path of ['/media/..%2F..%2Fetc%2Fpasswd', '/media/talk.ogg', `/media/${encodeURIComponent(join(dir, 'talk.ogg'))}`]) {
      const answer = await handle(new Request(`app://testimony${path}`));
      expect(answer.status, path).toBe(404);
    }
    // "/media/../../etc/passwd" (or with %2e) is "/etc/passwd" once parsed: the bundle's route, which stays in its folder.
    for (const path of ['/media/../../etc/passwd', '/media/%2e%2e/%2e%2e/etc/passwd', '/media/a/b', `/media/${ID}/x`]) {
      const answer = await handle(new Request(`app://testimony${path}`));
      expect(Buffer.from(await answer.arrayBuffer()).includes(RECORDING.subarray(0, 32)), path).toBe(false);
    }
    expect(fetched.every((url) => decodeURIComponent(new URL(url).pathname).startsWith(dir))).toBe(true);
    expect(asked.every((id) => !id.includes('/'))).toBe(true);
    expect((await handle(new Request(`app://other/media/${ID}`))).status).toBe(404);
  });
});
