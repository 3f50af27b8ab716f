import type { InterviewMedia } from '../../../preload/api';
import { mediaUrl } from '../api/client';
import { displayShortcut } from '../shell/commands';
import { CONTEXT_KEYS } from '../shell/contextKeys';
import { formatTime } from '../shared/format';
import { SPEEDS } from './timeline';
import { canPlay, CANNOT_PLAY, type Player as PlayerModel } from './usePlayer';
import './player.css';

const key = (k: { shortcut: string }): string => displayShortcut(k.shortcut);

/** The interview's recording above its text: play, seek, speed, jump back, volume, follow. */
export function Player({ interviewId, media, player }: { interviewId: string; media: InterviewMedia; player: PlayerModel }) {
  // Taken apart first: only the element callback is a ref; the rest is state and commands.
  const { state, element, events, toggle, jump, seek, setRate, setVolume, setFollowing } = player;
  const playable = canPlay(media.type);
  const Element = media.kind === 'video' ? 'video' : 'audio';
  const fileName = media.path.split('/').pop() ?? media.path;
  return (
    <section className={`player player-${media.kind}`} aria-label="Recording">
      <Element ref={element} src={mediaUrl(interviewId)} preload="metadata" className="player-media" {...events} />
      {(!playable || state.error) ? (
        <p className="player-cannot" role="status">{state.error ?? CANNOT_PLAY} <span className="muted">({fileName})</span></p>
      ) : (
        <div className="player-controls">
          <button type="button" className="player-toggle" onClick={toggle} aria-keyshortcuts={CONTEXT_KEYS.playPause.shortcut} title={`${state.playing ? 'Pause' : 'Play'} (${key(CONTEXT_KEYS.playPause)})`}>
            {state.playing ? 'Pause' : 'Play'}
          </button>
          <button type="button" className="secondary" onClick={() => jump(-1)} title={`Back 5 seconds (${key(CONTEXT_KEYS.jumpBack)})`}>−5 s</button>
          <input type="range" className="player-seek" aria-label="Position in the recording" min={0} max={state.duration || 0} step={0.1} value={Math.min(state.time, state.duration || 0)}
            aria-valuetext={`${formatTime(state.time)} of ${formatTime(state.duration)}`} onChange={(e) => seek(Number(e.target.value))} />
          <span className="player-time" aria-live="off" data-time={state.time.toFixed(2)}>{formatTime(state.time)} / {formatTime(state.duration)}</span>
          <label className="player-field">
            Speed
            <select value={String(state.rate)} onChange={(e) => setRate(Number(e.target.value))} title={`${key(CONTEXT_KEYS.slower)} / ${key(CONTEXT_KEYS.faster)}`}>
              {SPEEDS.map((s) => <option key={s} value={String(s)}>{s}×</option>)}
            </select>
          </label>
          <label className="player-field">
            Volume
            <input type="range" min={0} max={1} step={0.05} value={state.volume} onChange={(e) => setVolume(Number(e.target.value))} />
          </label>
          <label className="player-field" title={key(CONTEXT_KEYS.follow)}>
            <input type="checkbox" checked={state.following} onChange={(e) => setFollowing(e.target.checked)} />
            Follow the text
          </label>
          <span className="muted player-file">{fileName}</span>
        </div>
      )}
    </section>
  );
}
