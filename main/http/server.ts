import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { EventName, EventPayload } from '../../preload/api';
import { dispatch, type Handlers } from '../handlers/dispatch';
import { checkHost, checkOrigin, checkToken, type GuardVerdict } from './guard';
import { serveStatic } from './static';
import { serveMedia, type MediaLookup } from './media';

const MAX_BODY = 4 * 1024 * 1024;
/** A REFI-QDA project uploaded for import travels as base64 in one call. */
const MAX_IMPORT_BODY = 200 * 1024 * 1024;

export interface LoopbackHost {
  url: string;
  port: number;
  token: string;
  /** Pushes an event to every connected page (server-sent events). */
  emit<K extends EventName>(name: K, payload: EventPayload<K>): void;
  close(): Promise<void>;
}

export interface LoopbackOptions {
  handlers: Handlers;
  rendererDir: string;
  port?: number;
  token?: string;
  /** Extra GET routes under /api/ (after the token check), e.g. downloads. */
  downloads?: (name: string, res: ServerResponse) => Promise<boolean>;
  /** An interview's recording by its id, for GET /api/media/<id>. */
  media?: MediaLookup;
  /** Socket limits (defaults: SOCKET_LIMITS); tests shorten them. */
  limits?: Partial<typeof SOCKET_LIMITS>;
}

/** A slow or idle client cannot hold sockets open; a browser opens about six per host. */
export const SOCKET_LIMITS = { headersTimeoutMs: 10_000, requestTimeoutMs: 30_000, maxConnections: 32 };

/** The browser host: the same renderer and contract over HTTP on 127.0.0.1 only. */
export async function startLoopbackHost(options: LoopbackOptions): Promise<LoopbackHost> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const streams = new Set<ServerResponse>();
  let port = 0;

  const limits = { ...SOCKET_LIMITS, ...options.limits };
  const timing = { headersTimeout: limits.headersTimeoutMs, requestTimeout: limits.requestTimeoutMs, keepAliveTimeout: 5_000, connectionsCheckingInterval: Math.min(1_000, limits.headersTimeoutMs) };
  const server: Server = createServer(timing, (req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error('[testimony] http error', error);
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain' });
      res.end('Internal error');
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (refuse(req, res, checkHost(req, port))) return;
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    if (!url.pathname.startsWith('/api/')) {
      if (req.method !== 'GET' && req.method !== 'HEAD') return void res.writeHead(405).end();
      return serveStatic(options.rendererDir, url.pathname, res);
    }
    if (refuse(req, res, checkToken(req, url, token)) || refuse(req, res, checkOrigin(req, port))) return;
    const route = url.pathname.slice('/api/'.length);
    if (route === 'events' && req.method === 'GET') return openEventStream(res);
    // One path segment, the interview's id: "../" or an encoded slash never becomes a file path.
    const mediaId = /^media\/([^/]+)$/.exec(route)?.[1];
    if (mediaId !== undefined && options.media) return serveMedia(req, res, mediaId, options.media);
    if (route.startsWith('call/') && req.method === 'POST') {
      const body = await readJson(req, route === 'call/exchange.import' ? MAX_IMPORT_BODY : MAX_BODY);
      const result = body.ok ? await dispatch(options.handlers, route.slice(5), body.value) : body;
      return json(res, 200, result);
    }
    if (req.method === 'GET' && options.downloads && (await options.downloads(route, res))) return;
    json(res, 404, { ok: false, error: { code: 'not-found', message: 'No such API route.' } });
  }

  function openEventStream(res: ServerResponse): void {
    res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
    res.write(': connected\n\n');
    streams.add(res);
    res.on('close', () => streams.delete(res));
  }

  server.maxConnections = limits.maxConnections;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    emit(name, payload) {
      const frame = `data: ${JSON.stringify({ name, payload })}\n\n`;
      for (const res of streams) res.write(frame);
    },
    close: () => new Promise<void>((resolve) => {
      for (const res of streams) res.end();
      server.close(() => resolve());
      server.closeAllConnections();
    }),
  };
}

function refuse(req: IncomingMessage, res: ServerResponse, verdict: GuardVerdict): boolean {
  if (verdict.status === 200) return false;
  req.resume(); // discard any body so the connection closes cleanly
  res.writeHead(verdict.status, { 'Content-Type': 'text/plain; charset=utf-8' }).end(verdict.reason ?? '');
  return true;
}

function json(res: ServerResponse, status: number, value: unknown): void {
  const body = JSON.stringify(value);
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
  res.end(body);
}

type BodyResult = { ok: true; value: unknown } | { ok: false; error: { code: string; message: string } };

async function readJson(req: IncomingMessage, maxBytes: number): Promise<BodyResult> {
  if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
    return { ok: false, error: { code: 'invalid-input', message: 'Requests must be JSON.' } };
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) return { ok: false, error: { code: 'invalid-input', message: 'That request is too large.' } };
    chunks.push(chunk as Buffer);
  }
  try {
    return { ok: true, value: JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') };
  } catch {
    return { ok: false, error: { code: 'invalid-input', message: 'That request was not valid JSON.' } };
  }
}
