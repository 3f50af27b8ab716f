import { protocol, net } from 'electron';
import { Readable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import type { MediaLookup } from '../http/media';
import { mediaReply, mediaStream } from '../library/mediaFile';
import { bundleFile } from '../bundlePath';
import { CONTENT_SECURITY_POLICY } from '../security';

export { APP_ORIGIN } from './policy';

/** Must run before `app.ready`: app:// behaves like a secure, standard origin; `stream` lets media elements seek in it. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: false, stream: true } }]);
}

/** app://testimony/media/<interview id>: the interview's recording, with Range support, from inside the archive only. */
async function mediaResponse(request: Request, id: string, media: MediaLookup): Promise<Response> {
  const file = await media(id);
  if (!file) return new Response('No recording', { status: 404 });
  const reply = mediaReply(file, request.headers.get('range') ?? undefined);
  const body = reply.range ? (Readable.toWeb(await mediaStream(file, reply.range)) as ReadableStream<Uint8Array>) : null;
  return new Response(body, { status: reply.status, headers: reply.headers });
}

/** Serves the renderer bundle and the open archive's recordings, nothing else, with the CSP on every page. */
export function serveRendererBundle(rendererDir: string, media: MediaLookup): void {
  protocol.handle('app', async (request) => {
    const url = new URL(request.url);
    if (url.host !== 'testimony') return new Response('Not found', { status: 404 });
    // One path segment, the interview's id: never a path into the archive.
    const mediaId = /^\/media\/([^/]+)$/.exec(url.pathname)?.[1];
    if (mediaId !== undefined) return mediaResponse(request, mediaId, media);
    const file = bundleFile(rendererDir, url.pathname);
    if (file === 'bad-request') return new Response('Malformed URL', { status: 400 });
    if (file === 'not-found') return new Response('Not found', { status: 404 });
    const response = await net.fetch(pathToFileURL(file).toString());
    const headers = new Headers(response.headers);
    headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    headers.set('X-Content-Type-Options', 'nosniff');
    return new Response(response.body, { status: response.status, headers });
  });
}
