/** A command of the app: reachable from the palette, and from its shortcut when it has one. */
export interface Command {
  id: string;
  label: string;
  /** As shown to people, e.g. "Ctrl+K"; "Mod" means Ctrl, or ⌘ on a Mac. */
  shortcut?: string;
  run(): void;
}

const isMac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform);

export function displayShortcut(shortcut: string): string {
  return shortcut.replace('Mod', isMac ? '⌘' : 'Ctrl');
}

/** Does a keydown match "Mod+Shift+K", "Alt+2", "F3", "/" …? */
export function matches(event: KeyboardEvent, shortcut: string): boolean {
  const parts = shortcut.split('+');
  const key = parts.pop() ?? '';
  const wants = new Set(parts);
  const mod = isMac ? event.metaKey : event.ctrlKey;
  if (wants.has('Mod') !== mod || wants.has('Alt') !== event.altKey) return false;
  if (wants.has('Shift') !== event.shiftKey && key.length > 1) return false;
  if (key.length === 1 && /\d/.test(key)) return event.code === `Digit${key}`;
  return event.key.toLowerCase() === key.toLowerCase();
}

/** Clicks the visible control that carries a command (e.g. the reader's "Next hit" button). */
export function clickCommand(id: string): void {
  document.querySelector<HTMLElement>(`[data-command="${id}"]`)?.click();
}

export function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}
