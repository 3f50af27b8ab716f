/**
 * Chords that belong to the platform, never to Testimony: text editing, Chromium's own
 * accelerators (chrome/browser/ui/views/accelerator_table.cc, Windows and Linux; the Mac menu
 * uses the same letters with ⌘), Electron's default menu roles, and the Linux input method.
 * In Testimony's notation: "Mod" is Ctrl, or ⌘ on a Mac.
 */
const editingAndBrowser = 'ACVXZYLTWNRFPSDEGHJOUQ'.split('').map((k) => `Mod+${k}`);
const shiftedBrowser = [
  'A', // tab search
  'B', // bookmarks bar
  'C', // inspect element
  'D', // bookmark all tabs
  'E', // Lens region search (Chrome)
  'G', // find previous
  'I', // developer tools (also Electron's View menu)
  'J', // console
  'M', // profile menu
  'N', // new incognito window
  'O', // bookmark manager
  'P', // print with the system dialog
  'Q', // quit (Linux)
  'R', // reload bypassing the cache (also Electron's View menu)
  'S', // layout extraction (Linux) / Save As (Mac apps)
  'T', // reopen the closed tab
  'U', // Unicode character entry (GTK / IBus), taken before the page sees it
  'V', // paste as plain text (Electron's pasteAndMatchStyle)
  'W', // close the window
  'Z', // redo (Electron's Edit menu)
].map((k) => `Mod+Shift+${k}`);
const browserKeys = [
  'Mod+0', 'Mod+1', 'Mod+2', 'Mod+3', 'Mod+4', 'Mod+5', 'Mod+6', 'Mod+7', 'Mod+8', 'Mod+9', // tabs and zoom
  'Mod+Tab', 'Mod+Shift+Tab', 'Mod+PageUp', 'Mod+PageDown', 'Mod+Shift+Delete', 'Mod+Enter',
  'Alt+D', 'Alt+E', 'Alt+F', 'Alt+Home', 'Alt+Shift+A', 'Alt+Shift+B', 'Alt+Shift+I', 'Alt+Shift+T',
  'F1', 'F5', 'Shift+F5', 'Mod+F5', 'F6', 'Shift+F6', 'F7', 'F10', 'F11', 'F12', 'Shift+Escape',
];

/** Every chord an app command must not take. */
export const RESERVED_CHORDS: readonly string[] = [...editingAndBrowser, ...shiftedBrowser, ...browserKeys];

/**
 * Platform keys Testimony uses on purpose, each with the platform's own meaning, so nothing is
 * taken away: back and forward, find next and previous (search hits), Ctrl+Enter inside a form
 * (save), Ctrl+Z / Ctrl+Shift+Z outside text fields (undo an annotation change; inside a field
 * the browser's undo is left alone).
 */
export const SAME_MEANING: Readonly<Record<string, string>> = {
  'Alt+ArrowLeft': 'back',
  'Alt+ArrowRight': 'forward',
  F3: 'find next',
  'Shift+F3': 'find previous',
  'Mod+Enter': 'submit the form',
  'Mod+Z': 'undo',
  'Mod+Shift+Z': 'redo',
  'Mod+Y': 'redo (Windows)',
};

export function isReserved(shortcut: string): boolean {
  return RESERVED_CHORDS.includes(shortcut) && !Object.hasOwn(SAME_MEANING, shortcut);
}
