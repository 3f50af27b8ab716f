import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import type { InterviewDetail, Passage } from '../../../preload/api';
import { Byline } from '../shared/Byline';
import { directionOf, formatTime } from '../shared/format';
import { onReaderKey } from './readerKeys';
import { passagesOrWhole, segment, type Mark } from './segments';
import { timeAtOffset } from '../media/timeline';

interface Props {
  interview: InterviewDetail;
  marks: Mark[];
  currentHit: number;
  hitCount: number;
  /** Offset to bring into view when there is no current hit (e.g. an annotation or a passage). */
  scrollTo?: number;
  onHit(index: number): void;
  onSelect?(container: HTMLElement): void;
  onMarkClick?(mark: Mark): void;
  /** With a recording: the passage being spoken (index), whether to keep it in view, and seeking. */
  playing?: { passage: number; following: boolean; seek(seconds: number): void; playFrom(seconds: number): void };
  /** Above the text, below the title: the recording's player. */
  player?: ReactNode;
}

/** Reads one interview: its passages with speakers and timecodes, hits and annotations marked. */
export function Reader({ interview, marks, currentHit, hitCount, scrollTo, onHit, onSelect, onMarkClick, playing, player }: Props) {
  const body = useRef<HTMLDivElement>(null);
  const passages = useMemo(() => passagesOrWhole(interview.passages, interview.text.length), [interview]);

  useEffect(() => {
    if (hitCount === 0) return;
    body.current?.querySelector(`[data-hit="${currentHit}"]`)?.scrollIntoView({ block: 'center' });
  }, [currentHit, hitCount]);

  useEffect(() => {
    if (scrollTo === undefined || !body.current) return;
    const spans = [...body.current.querySelectorAll<HTMLElement>('[data-start]')];
    spans.find((s) => Number(s.dataset.end) > scrollTo)?.scrollIntoView({ block: 'center' });
  }, [scrollTo, interview]);

  const spoken = playing?.passage ?? -1;
  const hitStart = marks.find((m) => m.kind === 'hit' && Number(m.key) === currentHit)?.start;
  const hitTime = hitStart === undefined ? undefined : timeAtOffset(interview.passages, hitStart);
  const following = playing?.following ?? false;
  useEffect(() => {
    if (!following || spoken < 0) return;
    body.current?.querySelectorAll<HTMLElement>('.passage')[spoken]?.scrollIntoView({ block: 'center' });
  }, [spoken, following]);

  return (
    <article className="reader" aria-label={`Interview: ${interview.title}`} lang={interview.language}>
      <header className="reader-header">
        <h2 dir={directionOf(interview.language)}>{interview.title}</h2>
        <p className="muted">
          <Byline item={interview} withPlace withPath />
        </p>
        {hitCount > 0 && (
          <nav className="hit-nav" aria-label="Search hits">
            <button type="button" data-command="previous-hit" onClick={() => onHit((currentHit - 1 + hitCount) % hitCount)} aria-keyshortcuts="Shift+F3">Previous hit</button>
            <span aria-live="polite">Hit {currentHit + 1} of {hitCount}</span>
            <button type="button" data-command="next-hit" onClick={() => onHit((currentHit + 1) % hitCount)} aria-keyshortcuts="F3">Next hit</button>
            {hitTime !== undefined && playing && <button type="button" data-command="play-hit" onClick={() => playing.playFrom(hitTime)}>Play from this hit</button>}
          </nav>
        )}
      </header>
      {player}
      <div className="reader-body" dir={directionOf(interview.language)} ref={body} tabIndex={0} role="document" aria-label="Interview text: arrows choose a passage, Enter selects it"
        onMouseUp={() => body.current && onSelect?.(body.current)} onKeyUp={() => body.current && onSelect?.(body.current)}
        onKeyDown={(event) => body.current && onReaderKey(event, body.current, onSelect)}>
        {passages.map((passage, index) => (
          <PassageView key={`${passage.start}-${index}`} passage={passage} text={interview.text} marks={marks} currentHit={currentHit} onMarkClick={onMarkClick} spoken={index === spoken} onSeek={playing?.seek} onPlay={playing?.playFrom} />
        ))}
      </div>
    </article>
  );
}

interface PassageProps {
  passage: Passage | { start: number; end: number };
  text: string;
  marks: Mark[];
  currentHit: number;
  onMarkClick?(mark: Mark): void;
  /** This passage is being spoken in the recording. */
  spoken: boolean;
  onSeek?(seconds: number): void;
  onPlay?(seconds: number): void;
}

function PassageView({ passage, text, marks, currentHit, onMarkClick, spoken, onSeek, onPlay }: PassageProps) {
  const speaker = 'speaker' in passage ? passage.speaker : undefined;
  const time = 'time' in passage ? passage.time : undefined;
  const labelled = speaker !== undefined && !text.slice(passage.start, passage.end).startsWith(speaker);
  const seekable = onSeek !== undefined && time !== undefined;
  // A click that ends a text selection selects; a plain click plays from the passage.
  const seekHere = (): void => {
    if (seekable && (window.getSelection()?.isCollapsed ?? true)) onSeek(time);
  };
  return (
    <p className={spoken ? 'passage playing' : 'passage'} data-passage-start={passage.start} data-time={seekable ? time : undefined} aria-current={spoken ? 'true' : undefined} tabIndex={-1} onClick={seekable ? seekHere : undefined}>
      {seekable && (
        <button type="button" className="timecode" aria-label={`Play from ${formatTime(time)}`} onClick={(event) => { event.stopPropagation(); (onPlay ?? onSeek)(time); }}>{formatTime(time)}</button>
      )}
      {(labelled || (time !== undefined && !seekable)) && (
        <span className="passage-label" aria-hidden="true">
          {time !== undefined && !seekable && <span className="timecode">{formatTime(time)}</span>}
          {labelled && <span className="speaker">{speaker}</span>}
        </span>
      )}
      {segment(passage.start, passage.end, marks).map((piece) => {
        const hit = piece.marks.find((m) => m.kind === 'hit');
        const note = piece.marks.find((m) => m.kind === 'annotation');
        const classes = [hit && 'hit-mark', hit && Number(hit.key) === currentHit && 'current', note && 'annotation-mark'].filter(Boolean).join(' ');
        return (
          <span
            key={piece.start}
            data-start={piece.start}
            data-end={piece.end}
            data-hit={hit?.key}
            data-annotation={note?.key}
            className={classes || undefined}
            style={note?.color ? { textDecorationColor: note.color, backgroundColor: `${note.color}33` } : undefined}
            onClick={note && onMarkClick ? () => onMarkClick(note) : undefined}
          >
            {text.slice(piece.start, piece.end)}
          </span>
        );
      })}
    </p>
  );
}
