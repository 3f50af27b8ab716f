import { createContext, useContext } from 'react';

/** What the reader's panels may ask of the interview's player (absent when there is no recording). */
export interface PlayerControls {
  /** Seeks to `seconds` and plays from there. */
  playFrom(seconds: number): void;
}

export const PlayerContext = createContext<PlayerControls | null>(null);

export function usePlayerControls(): PlayerControls | null {
  return useContext(PlayerContext);
}
