import type { InterviewSummary } from '../../../preload/api';
import { Byline } from '../shared/Byline';
import { directionOf } from '../shared/format';

interface Props {
  interviews: InterviewSummary[];
  selectedId: string | undefined;
  onOpen(id: string): void;
}

/** The archive's interviews, newest first, each a button that opens the reader. */
export function InterviewList({ interviews, selectedId, onOpen }: Props) {
  const sorted = [...interviews].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.title.localeCompare(b.title));
  return (
    <ul className="interview-list" aria-label="Interviews">
      {sorted.map((item) => (
        <li key={item.id}>
          <button
            type="button"
            className={item.id === selectedId ? 'interview-item selected' : 'interview-item'}
            aria-current={item.id === selectedId ? 'true' : undefined}
            onClick={() => onOpen(item.id)}
          >
            <span className="interview-title" dir={directionOf(item.language)}>{item.title}</span>
            <span className="interview-meta"><Byline item={item} /></span>
            <span className="interview-format">{item.format}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
