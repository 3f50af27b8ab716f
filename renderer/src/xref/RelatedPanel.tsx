import { request } from '../api/client';
import type { ReaderPanelProps } from '../shell/features';
import { useNavigation } from '../shell/navigation';
import { EmptyState, ErrorMessage } from '../shared/Messages';
import { useAsync } from '../shared/useAsync';
import './xrefViews.css';

/** Reader panel: interviews that share names and distinctive words with the one being read. */
export function RelatedPanel({ interview }: ReaderPanelProps) {
  const related = useAsync(() => request('xref.related', { id: interview.id }), [interview.id]);
  const navigation = useNavigation();
  if (related.state === 'loading') return <p className="hint">Finding related interviews…</p>;
  if (related.state === 'error') return <ErrorMessage message={related.message} />;
  if (related.value.length === 0) return <EmptyState title="No related interviews found." />;
  return (
    <ol className="related-list" aria-label="Related interviews">
      {related.value.map((r) => (
        <li key={r.id}>
          <button type="button" className="link-open" dir="auto" onClick={() => navigation.openInterview(r.id)}>{r.title}</button>
          {r.sharedEntities.length > 0 && <p className="hint" dir="auto">Shared names: {r.sharedEntities.slice(0, 6).join(', ')}</p>}
          {r.terms.length > 0 && <p className="hint" dir="auto">Shared words: {r.terms.slice(0, 6).join(', ')}</p>}
        </li>
      ))}
    </ol>
  );
}
