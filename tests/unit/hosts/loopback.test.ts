import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Workspace } from '../../../main/workspace';
import type { LoopbackHost } from '../../../main/http/server';
import { startTestLoopback } from '../../support/loopbackHost';
import { SMALL_ARCHIVE, tempArchive } from '../../support/tempArchive';

interface Answer { status: number; headers: Record<string, string | string[] | undefined>; body: string }

/** Raw HTTP so the test controls the Host and Origin headers exactly. */
function send(port: number, path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const headers = { ...options.headers, ...(options.body ? { 'Content-Length': String(Buffer.byteLength(options.body)) } : {}) };
    const req = httpRequest({ host: '127.0.0.1', port, path, method: options.method ?? 'GET', headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

describe('the loopback HTTP host', () => {
  const archive = tempArchive(SMALL_ARCHIVE);
  let ws: Workspace;
  let host: LoopbackHost;
  let auth: Record<string, string>;

  beforeAll(async () => {
    ({ ws, host } = await startTestLoopback(archive));
    auth = { Host: `127.0.0.1:${host.port}`, Authorization: `Bearer ${host.token}`, 'Content-Type': 'application/json' };
  });
  afterAll(async () => {
    await host.close();
    await ws.close();
    archive.cleanup();
  });

  it('listens on 127.0.0.1 with a long random token in the printed URL', () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{30,}$/);
  });

  it('answers 401 to every /api/ request without the right token', async () => {
    for (const path of ['/api/events', '/api/call/archive.status', '/api/nothing', '/api/call/interviews.list?token=wrong']) {
      const post = path.includes('call');
      const answer = await send(host.port, path, { method: post ? 'POST' : 'GET', headers: { Host: `127.0.0.1:${host.port}`, 'Content-Type': 'application/json' }, ...(post ? { body: '{}' } : {}) });
      expect(answer.status, path).toBe(401);
    }
  });

  it('answers 403 to a foreign Host header (DNS rebinding), even with the token', async () => {
    const answer = await send(host.port, '/api/call/archive.status', { method: 'POST', headers: { ...auth, Host: `evil.example:${host.port}` }, body: '{}' });
    expect(answer.status).toBe(403);
    const page = await send(host.port, '/', { headers: { Host: 'evil.example' } });
    expect(page.status).toBe(403);
  });

  it('refuses other origins and sends no CORS headers', async () => {
    const foreign = await send(host.port, '/api/call/archive.status', { method: 'POST', headers: { ...auth, Origin: 'http://evil.example' }, body: '{}' });
    expect(foreign.status).toBe(403);
    const own = await send(host.port, '/api/call/archive.status', { method: 'POST', headers: { ...auth, Origin: `http://127.0.0.1:${host.port}` }, body: '{}' });
    expect(own.status).toBe(200);
    expect(own.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('serves the contract: valid calls answer ok, bad payloads a readable error', async () => {
    const status = JSON.parse((await send(host.port, '/api/call/archive.status', { method: 'POST', headers: auth, body: '{}' })).body);
    expect(status.ok).toBe(true);
    expect(status.value.interviews).toBe(2);
    const bad = JSON.parse((await send(host.port, '/api/call/interviews.get', { method: 'POST', headers: auth, body: '{"id": 42}' })).body);
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    const unknown = JSON.parse((await send(host.port, '/api/call/fs.readFile', { method: 'POST', headers: auth, body: '{}' })).body);
    expect(unknown.ok).toBe(false);
    const notJson = await send(host.port, '/api/call/archive.status', { method: 'POST', headers: { ...auth, 'Content-Type': 'text/plain' }, body: '{}' });
    expect(JSON.parse(notJson.body).ok).toBe(false);
  });

  it('serves only the renderer bundle, with the CSP, never files outside it', async () => {
    const index = await send(host.port, '/', { headers: { Host: `127.0.0.1:${host.port}` } });
    expect(index.status).toBe(200);
    expect(String(index.headers['content-security-policy'])).toContain("script-src 'self'");
    for (const path of ['/../archive/one.txt', '/%2e%2e/archive/one.txt', '/..%2farchive%2fone.txt', '/%2e%2e%2f%2e%2e%2fetc%2fpasswd']) {
      const answer = await send(host.port, path, { headers: { Host: `127.0.0.1:${host.port}` } });
      expect(answer.status, path).toBe(404);
      expect(answer.body).not.toContain('Camp Ashraf');
    }
  });
});
