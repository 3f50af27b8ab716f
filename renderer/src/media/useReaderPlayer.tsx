import { useMemo, type ReactNode } from 'react';
import type { InterviewDetail } from '../../../preload/api';
import { Player } from './Player';
import type { PlayerControls } from './PlayerContext';
import { passageAtTime } from './timeline';
import { usePlayer } from './usePlayer';
import { usePlayerKeys } from './usePlayerKeys';

export interface ReaderPlayer {
  /** The player to show above the text; undefined without a recording. */
  node?: ReactNode;
  /** What the reader needs to mark and follow the spoken passage and to seek. */
  playing?: { passage: number; following: boolean; seek(seconds: number): void; playFrom(seconds: number): void };
  /** For the side panels (play an annotation from its start). */
  controls: PlayerControls | null;
}

/** The recording of the interview open in the reader, if it has one, tied to its passages. */
export function useReaderPlayer(interview: InterviewDetail | undefined): ReaderPlayer {
  const player = usePlayer();
  const media = interview?.media;
  usePlayerKeys(media ? player : null);
  const { time, following, playing: isPlaying } = player.state;
  const passage = useMemo(() => (interview && media ? passageAtTime(interview.passages, time) : -1), [interview, media, time]);
  const controls = useMemo<PlayerControls | null>(() => (media ? { playFrom: player.playFrom } : null), [media, player.playFrom]);
  if (!interview || !media) return { controls: null };
  return {
    node: <Player interviewId={interview.id} media={media} player={player} />,
    // Following moves the text only while the recording plays, so a paused reader stays put.
    playing: { passage, following: following && isPlaying, seek: player.seek, playFrom: player.playFrom },
    controls,
  };
}
