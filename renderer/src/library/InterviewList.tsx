import { useDeferredValue, useMemo, useState } from 'react';
import type { InterviewSummary } from '../../../preload/api';
import { Byline } from '../shared/Byline';
import { directionOf } from '../shared/format';

interface Props {
  interviews: InterviewSummary[];
  selectedId: string | undefined;
  onOpen(id: string): void;
}

const PAGE = 200;

/** The archive's interviews, newest first, filterable; long archives are shown a page at a time. */
export function InterviewList({ interviews, selectedId, onOpen }: Props) {
  const [filter, setFilter] = useState('');
  const [shown, setShown] = useState(PAGE);
  const deferred = useDeferredValue(filter);
  const sorted = useMemo(() => {
    const words = deferred.toLocaleLowerCase().split(/\s+/).filter(Boolean);
    const haystack = (i: InterviewSummary) => [i.title, i.interviewee, i.interviewer, i.date, i.place, i.path].join(' ').toLocaleLowerCase();
    return interviews
      .filter((i) => words.every((w) => haystack(i).includes(w)))
      .sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.title.localeCompare(b.title));
  }, [interviews, deferred]);
  return (
    <>
      {interviews.length > 8 && (
        <input className="list-filter" type="search" aria-label="Filter interviews" placeholder="Filter by title, name, date…" value={filter} onChange={(e) => setFilter(e.target.value)} />
      )}
      <ul className="interview-list" aria-label="Interviews">
        {sorted.slice(0, shown).map((item) => (
          <li key={item.id}>
            <button
              type="button"
              className={item.id === selectedId ? 'interview-item selected' : 'interview-item'}
              aria-current={item.id === selectedId ? 'true' : undefined}
              onClick={() => onOpen(item.id)}
            >
              <span className="interview-title" dir={directionOf(item.language)}>{item.title}</span>
              <span className="interview-meta"><Byline item={item} /></span>
              <span className="interview-format">{item.media ? `${item.format} · with ${item.media.kind === 'video' ? 'video' : 'recording'}` : item.format}</span>
            </button>
          </li>
        ))}
      </ul>
      {sorted.length > shown && (
        <button type="button" className="secondary show-more" onClick={() => setShown((n) => n + PAGE)}>
          Show {Math.min(PAGE, sorted.length - shown)} more of {sorted.length - shown}
        </button>
      )}
      {sorted.length === 0 && interviews.length > 0 && <p className="hint">No interview matches “{filter}”.</p>}
    </>
  );
}
