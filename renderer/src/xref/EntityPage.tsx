import { request } from '../api/client';
import { useNavigation } from '../shell/navigation';
import { ErrorMessage } from '../shared/Messages';
import { useAsync } from '../shared/useAsync';
import { EntityAnnotations } from './EntityAnnotations';
import { EntityReview } from './EntityReview';
import { useEntitiesVersion } from './useEntitiesVersion';
import { plural } from '../../../preload/contract/plural';

/** One entity: every mention in context (opens the reader there), its aliases, who or what it is named with. */
export function EntityPage({ id }: { id: string }) {
  const version = useEntitiesVersion();
  const page = useAsync(() => request('entities.get', { id, limit: 300 }), [id, version]);
  const navigation = useNavigation();
  if (page.state === 'loading') return <p className="hint">Finding mentions…</p>;
  if (page.state === 'error') return <ErrorMessage message={page.message} />;
  const { entity, mentions, more, related, annotationIds } = page.value;
  return (
    <article aria-label={`Entity: ${entity.name}`}>
      <h3><bdi>{entity.name}</bdi> <span className="kind">{entity.kind}</span></h3>
      <p className="muted">
        {plural(entity.mentions, 'mention')} in {plural(entity.interviews, 'interview')} · {plural(annotationIds.length, 'annotation')} {annotationIds.length === 1 ? 'touches' : 'touch'} it
        {entity.aliases.length > 0 && <> · also written {entity.aliases.map((a, i) => <span key={a}>{i > 0 && ' · '}<bdi>{a}</bdi></span>)}</>}
      </p>
      <EntityReview key={`${entity.id}:${entity.name}`} entity={entity} />
      {related.length > 0 && (
        <>
          <h4 className="panel-heading">Named in the same passages</h4>
          <ul className="related">
            {related.map((r) => (
              <li key={r.id}><button type="button" className="secondary small" onClick={() => navigation.go({ kind: 'feature', id: 'entities', param: r.id })}><bdi>{r.name}</bdi> ({r.count})</button></li>
            ))}
          </ul>
        </>
      )}
      <EntityAnnotations ids={annotationIds} />
      <h4 className="panel-heading">Mentions</h4>
      <ol className="annotation-list" aria-label="Mentions">
        {mentions.map((m) => (
          <li key={`${m.interviewId}:${m.start}`} className="mention">
            <button type="button" onClick={() => navigation.openInterview(m.interviewId, m.start)} dir="auto">
              {m.snippet.slice(0, m.markStart)}<mark>{m.snippet.slice(m.markStart, m.markEnd)}</mark>{m.snippet.slice(m.markEnd)}
            </button>
            <p className="meta muted"><bdi>{m.interviewTitle}</bdi>{m.speaker ? ` · ${m.speaker}` : ''}</p>
          </li>
        ))}
      </ol>
      {more > 0 && <p className="hint">{more} more mentions not shown.</p>}
    </article>
  );
}
