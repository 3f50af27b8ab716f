import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname } from 'node:path';
import type { ServerResponse } from 'node:http';
import { bundleFile } from '../bundlePath';
import { CONTENT_SECURITY_POLICY } from '../security';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.json': 'application/json',
};

/** Serves the built renderer and nothing else: the path must stay inside its folder. */
export async function serveStatic(root: string, pathname: string, res: ServerResponse): Promise<void> {
  const file = bundleFile(root, pathname);
  if (file === 'bad-request') return void res.writeHead(400, { 'Content-Type': 'text/plain' }).end('Malformed URL');
  if (file === 'not-found') return void res.writeHead(404).end();
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) return void res.writeHead(404).end();
  res.writeHead(200, {
    'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
    'Content-Length': info.size,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
  });
  createReadStream(file).pipe(res);
}
