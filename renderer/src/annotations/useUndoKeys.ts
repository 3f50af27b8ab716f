import { useEffect } from 'react';
import { isTyping, matches } from '../shell/commands';
import { CONTEXT_KEYS } from '../shell/contextKeys';

/** Whether a key press belongs to the reader or its side panel (or to no control at all, e.g. after clicking the text). */
function inReader(target: EventTarget | null): boolean {
  if (target === document.body) return true;
  return target instanceof Element && target.closest('.reader-pane') !== null;
}

/**
 * Undo and redo of annotation changes in the reader or its panel, outside text fields (inside
 * one, the browser's own undo applies), while the panel is shown. Ctrl+Y is Windows' redo.
 */
export function useUndoKeys(undo: () => void, redo: () => void): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || isTyping(event.target) || !inReader(event.target) || document.querySelector('dialog[open]')) return;
      if (matches(event, CONTEXT_KEYS.undo.shortcut)) undo();
      else if (matches(event, CONTEXT_KEYS.redo.shortcut) || matches(event, 'Mod+Y')) redo();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [undo, redo]);
}
