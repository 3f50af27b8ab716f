import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Workspace } from '../../../main/workspace';
import { bundleFile } from '../../../main/bundlePath';
import type { LoopbackHost } from '../../../main/http/server';
import { startTestLoopback } from '../../support/loopbackHost';
import { SMALL_ARCHIVE, tempArchive } from '../../support/tempArchive';

/** A raw socket: sends `text`, resolves with what the server wrote and whether it closed. */
function raw(port: number, text: string, waitMs: number): Promise<{ reply: string; closed: boolean }> {
  return new Promise((resolve) => {
    const socket: Socket = connect(port, '127.0.0.1');
    let reply = '';
    let closed = false;
    socket.on('data', (chunk) => (reply += chunk.toString('latin1')));
    socket.on('close', () => (closed = true));
    socket.on('error', () => (closed = true));
    socket.write(text);
    setTimeout(() => {
      socket.destroy();
      resolve({ reply, closed });
    }, waitMs);
  });
}

describe('the loopback host under hostile clients', () => {
  const archive = tempArchive(SMALL_ARCHIVE);
  let ws: Workspace;
  let host: LoopbackHost;

  beforeAll(async () => {
    ({ ws, host } = await startTestLoopback(archive, { limits: { headersTimeoutMs: 400, requestTimeoutMs: 800, maxConnections: 4 } }));
  });
  afterAll(async () => {
    await host.close();
    await ws.close();
    archive.cleanup();
  });

  it('answers a malformed % escape with 400, not 500', async () => {
    for (const path of ['/%E0%A4%A', '/%', '/assets/%zz.js', '/%00']) {
      const { reply } = await raw(host.port, `GET ${path} HTTP/1.1\r\nHost: 127.0.0.1:${host.port}\r\nConnection: close\r\n\r\n`, 300);
      expect(reply.split('\r\n')[0], path).toBe('HTTP/1.1 400 Bad Request');
    }
    expect(bundleFile('/r', '/%E0%A4%A')).toBe('bad-request');
    expect(bundleFile('/r', '/..%2f..%2fetc/passwd')).toBe('not-found');
    expect(bundleFile('/r', '/index.html')).toBe('/r/index.html');
  });

  it('closes a socket that never finishes its headers', async () => {
    const { closed } = await raw(host.port, `GET / HTTP/1.1\r\nHost: 127.0.0.1:${host.port}\r\nX-Slow: `, 2500);
    expect(closed).toBe(true);
  });

  it('accepts only a capped number of connections at once', async () => {
    const sockets = await Promise.all(Array.from({ length: 6 }, () => raw(host.port, '', 300)));
    expect(sockets.filter((s) => s.closed).length).toBeGreaterThanOrEqual(2);
  });
});
