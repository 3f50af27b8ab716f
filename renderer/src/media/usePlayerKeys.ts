import { useEffect } from 'react';
import { isTyping, matches } from '../shell/commands';
import { CONTEXT_KEYS } from '../shell/contextKeys';
import type { Player } from './usePlayer';

/**
 * The player's keys, while the reader shows a recording: Alt-chords no platform or browser
 * keeps (see reservedKeys.ts), never inside a text field (where Alt+letter types on a Mac) or
 * under an open dialog.
 */
export function usePlayerKeys(player: Player | null): void {
  useEffect(() => {
    if (!player) return;
    const actions: [string, () => void][] = [
      [CONTEXT_KEYS.playPause.shortcut, player.toggle],
      [CONTEXT_KEYS.jumpBack.shortcut, () => player.jump(-1)],
      [CONTEXT_KEYS.jumpForward.shortcut, () => player.jump(1)],
      [CONTEXT_KEYS.faster.shortcut, () => player.speed(1)],
      [CONTEXT_KEYS.slower.shortcut, () => player.speed(-1)],
      [CONTEXT_KEYS.follow.shortcut, () => player.setFollowing(!player.state.following)],
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
  }, [player]);
}
