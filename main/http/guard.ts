import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/**
 * The loopback host's doorman. A page on another site can make the browser send requests to
 * 127.0.0.1; the token stops it reading anything, the Host check stops DNS rebinding, and the
 * Origin check refuses cross-origin calls (we never send CORS headers).
 */
export interface GuardVerdict { status: 200 | 401 | 403; reason?: string }

export function allowedHosts(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
}

export function checkHost(req: IncomingMessage, port: number): GuardVerdict {
  const host = req.headers.host ?? '';
  return allowedHosts(port).has(host.toLowerCase()) ? { status: 200 } : { status: 403, reason: 'Host not allowed' };
}

export function checkOrigin(req: IncomingMessage, port: number): GuardVerdict {
  const origin = req.headers.origin;
  if (origin === undefined) return { status: 200 };
  const ok = [...allowedHosts(port)].some((h) => origin === `http://${h}`);
  return ok ? { status: 200 } : { status: 403, reason: 'Origin not allowed' };
}

export function checkToken(req: IncomingMessage, url: URL, token: string): GuardVerdict {
  const header = req.headers.authorization;
  const given = header?.startsWith('Bearer ') ? header.slice(7) : url.searchParams.get('token') ?? '';
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  const same = a.length === b.length && timingSafeEqual(a, b);
  return same ? { status: 200 } : { status: 401, reason: 'Missing or wrong token' };
}
