import { useCallback, useMemo, useState } from 'react';
import { request } from '../api/client';
import { useAnnotations } from '../annotations/useAnnotations';
import { CoderFilter } from '../annotations/CoderFilter';
import { readerPanels } from '../shell/registry';
import { EmptyState, ErrorMessage } from '../shared/Messages';
import { useAsync } from '../shared/useAsync';
import { Reader } from './Reader';
import { selectionOffsets, trimmed } from './selection';
import type { Mark } from './segments';
import { SidePanel } from './SidePanel';
import { PlayerContext } from '../media/PlayerContext';
import { useReaderPlayer } from '../media/useReaderPlayer';

interface Props {
  id: string;
  query: string;
  /** Offset of the hit or passage to show first, if any. */
  initialOffset?: number;
  version: number;
  onBack?: () => void;
}

/** One interview with its hits and annotations marked, and the feature panels beside it. */
export function ReaderPane({ id, query, initialOffset, version, onBack }: Props) {
  const interview = useAsync(() => request('interviews.get', { id }), [id, version]);
  const highlights = useAsync(() => (query.trim() ? request('search.highlights', { id, query }) : Promise.resolve([])), [id, query, version]);
  // One coder's highlights and notes at a time, in the text and in the panel beside it.
  const [coder, setCoder] = useState('');
  const { annotations } = useAnnotations({ interviewId: id, ...(coder ? { creator: coder } : {}) });
  const codes = useAsync(() => request('codes.list', {}), [annotations]);
  const [chosenHit, setHit] = useState<number | null>(null);
  const [selection, setSelection] = useState<{ start: number; end: number } | null>(null);
  const [focused, setFocused] = useState<string | null>(null);
  const recording = useReaderPlayer(interview.state === 'ready' ? interview.value : undefined);

  const ranges = useMemo(() => (highlights.state === 'ready' ? highlights.value : []), [highlights]);
  const colors = useMemo(() => new Map((codes.state === 'ready' ? codes.value : []).map((c) => [c.id, c.color])), [codes]);
  const marks = useMemo<Mark[]>(() => [
    ...ranges.map((r, index): Mark => ({ ...r, kind: 'hit', key: String(index) })),
    ...annotations.flatMap((a): Mark[] => (a.start === undefined || a.end === undefined ? [] : [{ start: a.start, end: a.end, kind: 'annotation', key: a.id, color: colors.get(a.codes[0] ?? '') ?? '#e0a800' }])),
  ], [ranges, annotations, colors]);
  const clicked = initialOffset === undefined ? 0 : Math.max(0, ranges.findIndex((r) => r.end > initialOffset));
  const hit = chosenHit ?? clicked;
  const clearSelection = useCallback(() => {
    window.getSelection()?.removeAllRanges();
    setSelection(null);
  }, []);

  if (interview.state === 'loading') return <EmptyState title="Opening interview…" />;
  if (interview.state === 'error') return <ErrorMessage message={interview.message} />;
  return (
    <PlayerContext.Provider value={recording.controls}>
    <div className="reader-pane">
      <div className="reader-column">
        {onBack && (
          <button type="button" className="link-button" onClick={onBack}>
            ← Back to results
          </button>
        )}
        <div className="reader-coder"><CoderFilter value={coder} onChange={setCoder} /></div>
        <Reader
          interview={interview.value}
          marks={marks}
          currentHit={Math.min(hit, Math.max(0, ranges.length - 1))}
          hitCount={ranges.length}
          scrollTo={ranges.length === 0 ? initialOffset : undefined}
          onHit={setHit}
          onSelect={(container) => setSelection(trimmed(interview.value.text, selectionOffsets(container)))}
          onMarkClick={(mark) => setFocused(mark.key)}
          playing={recording.playing}
          player={recording.node}
        />
      </div>
      <SidePanel panels={readerPanels} props={{ interview: interview.value, annotations, selection, focusedAnnotationId: focused, clearSelection }} />
    </div>
    </PlayerContext.Provider>
  );
}
