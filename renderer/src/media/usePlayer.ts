import { useCallback, useMemo, useRef, useState } from 'react';
import { JUMP_SECONDS, nextSpeed } from './timeline';

export interface PlayerState {
  time: number;
  duration: number;
  playing: boolean;
  rate: number;
  volume: number;
  /** Follow the spoken passage in the text (scroll to it while playing). */
  following: boolean;
  /** Why the recording cannot play here, once the element said so. */
  error?: string;
}

export interface Player {
  state: PlayerState;
  /** Give this to the <audio>/<video> element's ref. */
  element: (node: HTMLMediaElement | null) => void;
  /** Event handlers for the element, keeping `state` in step with it. */
  events: Record<'onTimeUpdate' | 'onPlay' | 'onPause' | 'onDurationChange' | 'onRateChange' | 'onVolumeChange' | 'onError' | 'onSeeked', () => void>;
  toggle(): void;
  seek(seconds: number): void;
  playFrom(seconds: number): void;
  jump(direction: 1 | -1): void;
  speed(step: 1 | -1): void;
  setRate(rate: number): void;
  setVolume(volume: number): void;
  setFollowing(following: boolean): void;
}

const CANNOT_PLAY = 'This recording cannot be played here: this browser cannot decode it (some Chromium builds have no MP3, AAC/M4A or MP4 decoder; Ogg Opus, WebM, WAV and FLAC always play). The desktop app plays it, or convert it to Ogg Opus.';

/** The state and commands of one media element; the element stays the source of truth. */
export function usePlayer(): Player {
  const media = useRef<HTMLMediaElement | null>(null);
  const [state, setState] = useState<PlayerState>({ time: 0, duration: 0, playing: false, rate: 1, volume: 1, following: true });
  const sync = useCallback((extra: Partial<PlayerState> = {}) => {
    const m = media.current;
    if (!m) return;
    setState((s) => ({ ...s, time: m.currentTime, duration: Number.isFinite(m.duration) ? m.duration : 0, playing: !m.paused, rate: m.playbackRate, volume: m.volume, ...extra }));
  }, []);
  const element = useCallback((node: HTMLMediaElement | null) => {
    media.current = node;
  }, []);
  const seek = useCallback((seconds: number) => {
    const m = media.current;
    if (!m) return;
    m.currentTime = Math.max(0, Math.min(seconds, Number.isFinite(m.duration) ? m.duration : seconds));
    sync({ time: m.currentTime });
  }, [sync]);
  return useMemo<Player>(() => ({
    state,
    element,
    events: {
      onTimeUpdate: () => sync(),
      onPlay: () => sync(),
      onPause: () => sync(),
      onDurationChange: () => sync(),
      onRateChange: () => sync(),
      onVolumeChange: () => sync(),
      onSeeked: () => sync(),
      onError: () => sync({ error: CANNOT_PLAY, playing: false }),
    },
    toggle: () => {
      const m = media.current;
      if (!m) return;
      if (m.paused) void m.play().catch(() => undefined);
      else m.pause();
    },
    seek,
    playFrom: (seconds) => {
      seek(seconds);
      void media.current?.play().catch(() => undefined);
    },
    jump: (direction) => seek((media.current?.currentTime ?? 0) + direction * JUMP_SECONDS),
    speed: (step) => {
      if (media.current) media.current.playbackRate = nextSpeed(media.current.playbackRate, step);
    },
    setRate: (rate) => {
      if (media.current) media.current.playbackRate = rate;
    },
    setVolume: (volume) => {
      if (media.current) media.current.volume = Math.max(0, Math.min(1, volume));
    },
    setFollowing: (following) => setState((s) => ({ ...s, following })),
  }), [state, element, sync, seek]);
}

/** Whether this browser says it may play a MIME type ("" means it cannot). */
export function canPlay(type: string): boolean {
  return document.createElement('audio').canPlayType(type) !== '';
}

export { CANNOT_PLAY };
