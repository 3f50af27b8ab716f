/**
 * The Electron host's trust decisions as plain functions, so they are unit-tested without
 * Electron: which URLs belong to the app, and which IPC senders may call the engine.
 */
export const APP_ORIGIN = 'app://testimony';

export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'app:' && parsed.host === 'testimony';
  } catch {
    return false;
  }
}

export interface SenderFacts {
  /** The message came from our window's own webContents. */
  fromOurWindow: boolean;
  /** The sending frame is the top frame (not an iframe). */
  topFrame: boolean;
  /** The sending frame's URL. */
  url: string;
}

export function isTrustedSender(facts: SenderFacts): boolean {
  return facts.fromOurWindow && facts.topFrame && isAppUrl(facts.url);
}

/** Requests the renderer may make: its own bundle, devtools, and in-memory data/blob URLs. */
export function isAllowedRequest(url: string): boolean {
  return isAppUrl(url) || url.startsWith('devtools://') || url.startsWith('data:') || url.startsWith('blob:app://testimony/');
}
