import { useEffect } from 'react';
import { isTyping, matches, type Command } from './commands';

/**
 * One keydown listener for every command's shortcut. Plain-key shortcuts ("/", "?", "n") do not
 * fire while typing in a field; chorded ones (Ctrl+K, Alt+2, F3) always do.
 */
export function useShortcuts(commands: readonly Command[]): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      for (const command of commands) {
        if (!command.shortcut || !matches(event, command.shortcut)) continue;
        const chorded = /Mod|Alt|F\d/.test(command.shortcut);
        if (!chorded && isTyping(event.target)) continue;
        event.preventDefault();
        command.run();
        return;
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [commands]);
}
