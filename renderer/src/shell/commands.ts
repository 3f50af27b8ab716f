/** A command of the app: reachable from the palette, and from its shortcut when it has one. */
export interface Command {
  id: string;
  label: string;
  /** As shown to people, e.g. "Mod+K"; "Mod" means Ctrl, or ⌘ on a Mac. */
  shortcut?: string;
  /** Chorded shortcuts fire inside text fields too, unless this is false (e.g. Mod+Enter, which a form uses). */
  whileTyping?: boolean;
  run(): void;
}

const isMac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform);

const NAMES: Record<string, string> = { ArrowLeft: '←', ArrowRight: '→', ArrowUp: '↑', ArrowDown: '↓' };

export function displayShortcut(shortcut: string): string {
  return shortcut.split('+').map((part) => (part === 'Mod' ? (isMac ? '⌘' : 'Ctrl') : part === 'Alt' && isMac ? '⌥' : NAMES[part] ?? part)).join('+');
}

/** The ARIA form of a shortcut (aria-keyshortcuts), e.g. "Control+Shift+K". */
export function ariaShortcut(shortcut: string): string {
  return shortcut.replace('Mod', isMac ? 'Meta' : 'Control');
}

/**
 * Does a keydown match "Mod+Shift+K", "Alt+2", "F3", "?" …? Every modifier must be exactly as
 * written: Ctrl+C is not Ctrl+Shift+C. Only printed symbols that need Shift to be typed ("?")
 * ignore it. Letters also match by physical key, so chords work on a Persian or Russian layout.
 */
export function matches(event: KeyboardEvent, shortcut: string): boolean {
  const parts = shortcut.split('+');
  const key = parts.pop() ?? '';
  const wants = new Set(parts);
  const mod = isMac ? event.metaKey : event.ctrlKey;
  const otherMod = isMac ? event.ctrlKey : event.metaKey;
  if (wants.has('Mod') !== mod || otherMod || wants.has('Alt') !== event.altKey) return false;
  const symbol = key.length === 1 && !/[a-z0-9]/i.test(key);
  if (!symbol && wants.has('Shift') !== event.shiftKey) return false;
  if (/^\d$/.test(key)) return event.code === `Digit${key}`;
  if (/^[a-z]$/i.test(key)) {
    return event.key.toLowerCase() === key.toLowerCase() || (!/^[a-z]$/i.test(event.key) && event.code === `Key${key.toUpperCase()}`);
  }
  return event.key === key;
}

/** Whether a shortcut holds Ctrl/⌘, Alt or a function key (such chords may fire while typing). */
export function isChord(shortcut: string): boolean {
  return /Mod|Alt|F\d/.test(shortcut);
}

/** On a Mac, Option+key types a character (å, ™): such chords must never fire inside a text field. */
export function typesCharacter(shortcut: string): boolean {
  return isMac && shortcut.includes('Alt') && !shortcut.includes('Mod');
}

/** Clicks the visible control that carries a command (e.g. "Next hit"), or focuses it when it is a field (the note). */
export function clickCommand(id: string): void {
  const control = document.querySelector<HTMLElement>(`[data-command="${id}"]`);
  if (isTyping(control)) control?.focus();
  else control?.click();
}

export function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}
