import { request } from '../api/client';
import { useNavigation } from '../shell/navigation';
import { useAsync } from '../shared/useAsync';

const short = (text: string, n = 160): string => (text.length > n ? `${text.slice(0, n)}…` : text);

/** The annotations whose passages name an entity: quote and note, each opening the reader at its passage. */
export function EntityAnnotations({ ids }: { ids: string[] }) {
  const navigation = useNavigation();
  const key = ids.join(',');
  const all = useAsync(() => (ids.length > 0 ? request('annotations.list', {}) : Promise.resolve([])), [key]);
  const wanted = new Set(ids);
  const touching = all.state === 'ready' ? all.value.filter((a) => wanted.has(a.id)) : [];
  if (touching.length === 0) return null;
  return (
    <>
      <h4 className="panel-heading">Annotations naming it</h4>
      <ul className="annotation-list" aria-label="Annotations naming it">
        {touching.map((a) => (
          <li key={a.id} className="mention">
            <button type="button" dir="auto" onClick={() => navigation.openInterview(a.interviewId, a.start, a.end)}>“{short(a.quote)}”</button>
            {a.note && <p className="meta muted" dir="auto">{short(a.note)}</p>}
          </li>
        ))}
      </ul>
    </>
  );
}
