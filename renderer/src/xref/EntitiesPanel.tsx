import { request } from '../api/client';
import type { ReaderPanelProps } from '../shell/features';
import { useNavigation } from '../shell/navigation';
import { EmptyState, ErrorMessage } from '../shared/Messages';
import { useAsync } from '../shared/useAsync';
import './xref.css';
import './xrefViews.css';

/** Reader panel: the names in this interview (each opens its page), and interviews that share names and distinctive words with it. */
export function EntitiesPanel({ interview }: ReaderPanelProps) {
  const navigation = useNavigation();
  const entities = useAsync(() => request('entities.ofInterview', { id: interview.id }), [interview.id]);
  return (
    <div className="entities-panel">
      <h3 className="panel-heading">Named in this interview</h3>
      {entities.state === 'error' && <ErrorMessage message={entities.message} />}
      {entities.state === 'ready' && entities.value.length === 0 && <p className="hint">No names found yet.</p>}
      <ul className="related" aria-label="Named in this interview">
        {(entities.state === 'ready' ? entities.value : []).slice(0, 30).map((e) => (
          <li key={e.id}><button type="button" className="secondary small" onClick={() => navigation.go({ kind: 'feature', id: 'entities', param: e.id })}><bdi>{e.name}</bdi> ({e.mentions})</button></li>
        ))}
      </ul>
      <h3 className="panel-heading">Related interviews</h3>
      <RelatedInterviews id={interview.id} />
    </div>
  );
}

function RelatedInterviews({ id }: { id: string }) {
  const related = useAsync(() => request('xref.related', { id }), [id]);
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
