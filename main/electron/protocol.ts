import { protocol, net } from 'electron';
import { pathToFileURL } from 'node:url';
import { bundleFile } from '../bundlePath';
import { CONTENT_SECURITY_POLICY } from '../security';

export { APP_ORIGIN } from './policy';

/** Must run before `app.ready`: app:// behaves like a secure, standard origin. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: false } }]);
}

/** Serves the renderer bundle and nothing else, with the CSP on every response. */
export function serveRendererBundle(rendererDir: string): void {
  protocol.handle('app', async (request) => {
    const url = new URL(request.url);
    if (url.host !== 'testimony') return new Response('Not found', { status: 404 });
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
