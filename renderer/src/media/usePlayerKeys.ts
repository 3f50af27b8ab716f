import { useEffect, useRef } from 'react';
import { isTyping, matches } from '../shell/commands';
import { CONTEXT_KEYS } from '../shell/contextKeys';
import type { Player } from './usePlayer';

/**
 * The player's keys, while the reader shows a recording: Alt-chords no platform or browser
 * keeps (see reservedKeys.ts), never inside a text field (where Alt+letter types on a Mac) or
 * under an open dialog.
 */
export function usePlayerKeys(player: Player | null): void {
  // The player changes with every time update; the listener stays, reading the latest one.
  const latest = useRef(player);
  useEffect(() => {
    latest.current = player;
  }, [player]);
  const active = player !== null;
  useEffect(() => {
    if (!active) return;
    const now = (): Player | null => latest.current;
    const actions: [string, () => void][] = [
      [CONTEXT_KEYS.playPause.shortcut, () => now()?.toggle()],
      [CONTEXT_KEYS.jumpBack.shortcut, () => now()?.jump(-1)],
      [CONTEXT_KEYS.jumpForward.shortcut, () => now()?.jump(1)],
      [CONTEXT_KEYS.faster.shortcut, () => now()?.speed(1)],
      [CONTEXT_KEYS.slower.shortcut, () => now()?.speed(-1)],
      [CONTEXT_KEYS.follow.shortcut, () => now()?.setFollowing(!now()?.state.following)],
    ];
    const onKey = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || isTyping(event.target) || document.querySelector('dialog[open]')) return;
      const action = actions.find(([shortcut]) => matches(event, shortcut))?.[1];
      if (!action) return;
      event.preventDefault();
      action();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [active]);
}
