import { join, normalize, sep } from 'node:path';

/**
 * The file of the renderer bundle a URL path names, or why not: 'bad-request' for a malformed
 * `%` escape (decodeURIComponent throws URIError on "%E0%A4%A" and the like), 'not-found' for a
 * path that leaves the bundle's folder. Shared by the loopback host and Electron's app:// scheme.
 */
export function bundleFile(root: string, pathname: string): string | 'bad-request' | 'not-found' {
  let relative: string;
  try {
    relative = pathname === '/' ? 'index.html' : decodeURIComponent(pathname).replace(/^\/+/, '');
  } catch {
    return 'bad-request';
  }
  if (relative.includes('\0')) return 'bad-request';
  const file = normalize(join(root, relative));
  return file.startsWith(root + sep) ? file : 'not-found';
}
