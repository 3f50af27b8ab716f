import { useEffect } from 'react';
import { isChord, isTyping, matches, typesCharacter, type Command } from './commands';

/** Whether a shortcut may act on this key press, given where the focus is. */
export function mayRun(command: Command, event: KeyboardEvent): boolean {
  const shortcut = command.shortcut ?? '';
  // A modal dialog owns the keyboard: the views behind it must not change under it.
  if (document.querySelector('dialog[open]')) return false;
  if (!isTyping(event.target)) return true;
  return isChord(shortcut) && command.whileTyping !== false && !typesCharacter(shortcut);
}

/**
 * One keydown listener for every command's shortcut. Plain-key shortcuts ("/", "?") do not fire
 * while typing in a field; chorded ones (Ctrl+K, Alt+2, F3) do, unless the command says not to.
 */
export function useShortcuts(commands: readonly Command[]): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.defaultPrevented) return;
      for (const command of commands) {
        if (!command.shortcut || !matches(event, command.shortcut) || !mayRun(command, event)) continue;
        event.preventDefault();
        command.run();
        return;
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [commands]);
}
