import type { IncomingMessage, ServerResponse } from 'node:http';
import { mediaReply, mediaStream, type MediaFile } from '../library/mediaFile';

/** Looks up an interview's recording by the interview's id (the page never names a path). */
export type MediaLookup = (id: string) => Promise<MediaFile | undefined>;

/** GET /api/media/<interview id>: the recording, with Range support so the player can seek. */
export async function serveMedia(req: IncomingMessage, res: ServerResponse, id: string, lookup: MediaLookup): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') return void res.writeHead(405).end();
  const file = await lookup(id);
  if (!file) return void res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('No recording');
  const reply = mediaReply(file, req.headers.range);
  res.writeHead(reply.status, reply.headers);
  if (req.method === 'HEAD' || !reply.range) return void res.end();
  const stream = await mediaStream(file, reply.range);
  stream.on('error', () => res.destroy());
  res.on('close', () => stream.destroy());
  stream.pipe(res);
}
