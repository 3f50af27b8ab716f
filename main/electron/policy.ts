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

/** Developer overrides (the E2E suite's user data folder and archive): ignored in a packaged app. */
export function devOverrides(isPackaged: boolean, env: Record<string, string | undefined>): { userData?: string; archive?: string } {
  if (isPackaged) return {};
  return { userData: env.TESTIMONY_USER_DATA || undefined, archive: env.TESTIMONY_ARCHIVE || undefined };
}

/** The View menu's roles: reload and DevTools only in a development build. */
export function viewMenuRoles(isPackaged: boolean): string[] {
  const always = ['resetZoom', 'zoomIn', 'zoomOut', 'separator', 'togglefullscreen'];
  return isPackaged ? always : ['reload', 'forceReload', 'toggleDevTools', 'separator', ...always];
}

/**
 * A dropped path main may act on: what the preload read from a trusted drop event (webUtils
 * gives "" for a File the page made itself), absolute, without NUL, of a sane length. Main
 * still checks it is a folder and asks the researcher before opening it.
 */
export function acceptableDrop(value: unknown, isAbsolute: (p: string) => boolean): value is string {
  return typeof value === 'string' && value.length > 0 && value.length < 4096 && !value.includes('\0') && isAbsolute(value);
}
