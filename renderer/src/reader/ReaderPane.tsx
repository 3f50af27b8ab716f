import { useMemo, useState } from 'react';
import { request } from '../api/client';
import { EmptyState, ErrorMessage } from '../shared/Messages';
import { useAsync } from '../shared/useAsync';
import { Reader } from './Reader';
import type { Mark } from './segments';

interface Props {
  id: string;
  query: string;
  /** Offset of the hit the researcher clicked, if any. */
  initialOffset?: number;
  version: number;
  onBack?: () => void;
}

/** Loads an interview and the current query's highlights, and lets the researcher step through hits. */
export function ReaderPane({ id, query, initialOffset, version, onBack }: Props) {
  const interview = useAsync(() => request('interviews.get', { id }), [id, version]);
  const highlights = useAsync(() => (query.trim() ? request('search.highlights', { id, query }) : Promise.resolve([])), [id, query, version]);
  const [chosenHit, setHit] = useState<number | null>(null);
  const ranges = useMemo(() => (highlights.state === 'ready' ? highlights.value : []), [highlights]);
  const marks = useMemo<Mark[]>(() => ranges.map((r, index) => ({ ...r, kind: 'hit', key: String(index) })), [ranges]);
  const clicked = initialOffset === undefined ? 0 : Math.max(0, ranges.findIndex((r) => r.end > initialOffset));
  const hit = chosenHit ?? clicked;

  if (interview.state === 'loading') return <EmptyState title="Opening interview…" />;
  if (interview.state === 'error') return <ErrorMessage message={interview.message} />;
  return (
    <div className="reader-pane">
      {onBack && (
        <button type="button" className="link-button" onClick={onBack}>
          ← Back to results
        </button>
      )}
      <Reader interview={interview.value} marks={marks} currentHit={Math.min(hit, Math.max(0, marks.length - 1))} hitCount={marks.length} onHit={setHit} />
    </div>
  );
}
