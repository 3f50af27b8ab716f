import { request as httpRequest } from 'node:http';
import { symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LoopbackHost } from '../../../main/http/server';
import { mediaReply } from '../../../main/library/mediaFile';
import type { Workspace } from '../../../main/workspace';
import { startTestLoopback } from '../../support/loopbackHost';
import { tempArchive } from '../../support/tempArchive';

/** 1,000 bytes whose values say where they are, so a range's bytes can be checked. */
const RECORDING = Buffer.from(Array.from({ length: 1000 }, (_, i) => i % 251));
const VTT = 'WEBVTT\n\n1\n00:00:01.000 --> 00:00:02.000\nHello from the clinic.\n';

function get(port: number, path: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, headers: { Host: `127.0.0.1:${port}`, ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('recordings over the loopback host', () => {
  const archive = tempArchive({ 'clinic.vtt': VTT, 'linked.vtt': VTT, 'plain.txt': 'No recording here.\n' });
  let ws: Workspace;
  let host: LoopbackHost;
  let ids: Record<string, string>;

  beforeAll(async () => {
    writeFileSync(join(archive.root, 'clinic.ogg'), RECORDING);
    writeFileSync(join(archive.root, '..', 'outside.ogg'), RECORDING);
    symlinkSync(join(archive.root, '..', 'outside.ogg'), join(archive.root, 'linked.ogg'));
    ({ ws, host } = await startTestLoopback(archive));
    ids = Object.fromEntries(ws.list().map((i) => [i.path, i.id]));
  });
  afterAll(async () => {
    await host.close();
    await ws.close();
    archive.cleanup();
  });
  const url = (id: string): string => `/api/media/${id}?token=${host.token}`;

  it('serves the whole recording with its type, and says ranges are accepted', async () => {
    expect(ws.list().find((i) => i.path === 'clinic.vtt')?.media).toEqual({ path: 'clinic.ogg', kind: 'audio', type: 'audio/ogg' });
    const answer = await get(host.port, url(ids['clinic.vtt']!));
    expect(answer.status).toBe(200);
    expect(answer.headers).toMatchObject({ 'content-type': 'audio/ogg', 'accept-ranges': 'bytes', 'content-length': '1000' });
    expect(answer.body.equals(RECORDING)).toBe(true);
  });

  it('answers a Range request with 206, Content-Range and exactly those bytes', async () => {
    const answer = await get(host.port, url(ids['clinic.vtt']!), { Range: 'bytes=100-199' });
    expect(answer.status).toBe(206);
    expect(answer.headers).toMatchObject({ 'content-range': 'bytes 100-199/1000', 'content-length': '100' });
    expect(answer.body.equals(RECORDING.subarray(100, 200))).toBe(true);
    const tail = await get(host.port, url(ids['clinic.vtt']!), { Range: 'bytes=990-' });
    expect([tail.status, tail.headers['content-range'], tail.body.length]).toEqual([206, 'bytes 990-999/1000', 10]);
    const past = await get(host.port, url(ids['clinic.vtt']!), { Range: 'bytes=5000-' });
    expect([past.status, past.headers['content-range']]).toEqual([416, 'bytes */1000']);
  });

  it('needs the token, like every /api/ route', async () => {
    expect((await get(host.port, `/api/media/${ids['clinic.vtt']}`)).status).toBe(401);
  });

  it('refuses path traversal and names no file: only an interview id, and only its own recording', async () => {
    for (const path of ['../../../etc/passwd', '..%2F..%2Fetc%2Fpasswd', '%2e%2e%2fclinic.ogg', 'clinic.ogg', encodeURIComponent(archive.root + '/clinic.ogg')]) {
      const answer = await get(host.port, `/api/media/${path}?token=${host.token}`);
      expect(answer.status, path).toBe(404);
      expect(answer.body.includes(RECORDING.subarray(0, 16)), path).toBe(false);
    }
    expect((await get(host.port, `/api/media/../../etc/passwd?token=${host.token}`)).status).not.toBe(200);
    expect((await get(host.port, url(ids['plain.txt']!))).status).toBe(404);
  });

  it('does not serve a recording that is a link to outside the archive', async () => {
    const answer = await get(host.port, url(ids['linked.vtt']!));
    expect(answer.status).toBe(404);
  });
});

describe('mediaReply', () => {
  const file = { size: 1000, type: 'audio/ogg' };
  it('reads suffix, open and closed ranges, clamps the end, and ignores what it does not understand', () => {
    expect(mediaReply(file, 'bytes=-100')).toMatchObject({ status: 206, range: { start: 900, end: 999 } });
    expect(mediaReply(file, 'bytes=0-5000')).toMatchObject({ status: 206, range: { start: 0, end: 999 } });
    expect(mediaReply(file, 'bytes=500-100').status).toBe(416);
    for (const odd of [undefined, 'bytes=-', 'items=0-10', 'bytes=0-1,5-9']) expect(mediaReply(file, odd).status, String(odd)).toBe(200);
  });
});
