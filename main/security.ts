/**
 * The renderer's Content Security Policy, used by both hosts (Electron's protocol handler and the
 * loopback HTTP host) and mirrored in renderer/index.html. No remote content, no inline script,
 * no eval, no plugins, no framing, no form posts. Recordings play only from the app's own origin
 * (app://testimony/media/…, or the loopback host's /api/media/…), never from a remote URL.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "media-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
