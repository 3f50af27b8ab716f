import type { AnnotationView } from '../../../preload/api';
import { formatTime } from '../shared/format';
import { usePlayerControls } from './PlayerContext';
import './player.css';

/** Where an annotation is spoken in the recording, and (in the reader of a recorded interview) a button to play it. */
export function TimeSpanBadge({ span }: { span: AnnotationView['timeSpan'] }) {
  const player = usePlayerControls();
  if (!span) return null;
  const label = span.end === undefined ? formatTime(span.start) : `${formatTime(span.start)}–${formatTime(span.end)}`;
  return (
    <span className="time-span">
      <span className="muted" data-time-span={`${span.start},${span.end ?? ''}`}>{label} in the recording</span>
      {player && <button type="button" className="secondary small" onClick={() => player.playFrom(span.start)} aria-label={`Play from ${formatTime(span.start)}`}>Play</button>}
    </span>
  );
}
