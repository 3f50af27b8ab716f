import { useState } from 'react';
import type { EntitySummary } from '../../../preload/api';
import { request } from '../api/client';
import { useNavigation } from '../shell/navigation';
import { ErrorMessage } from '../shared/Messages';
import { useAsync } from '../shared/useAsync';
import { useEntitiesVersion } from './useEntitiesVersion';
import './xrefViews.css';

type Kind = EntitySummary['kind'];
const KINDS: Kind[] = ['person', 'place', 'organisation', 'technology'];
const STATUS_TEXT = { open: 'Found automatically', confirmed: 'Confirmed by you', rejected: 'Marked as not a name' } as const;

/** The researcher's decisions about one entity (confirm, reject, rename, kind, aliases, merge) and its unlinked mentions. */
export function EntityReview({ entity }: { entity: EntitySummary }) {
  const version = useEntitiesVersion();
  const review = useAsync(() => request('entities.review', { id: entity.id }), [entity.id, version]);
  const others = useAsync(() => request('entities.list', {}), [version]);
  const navigation = useNavigation();
  const [name, setName] = useState(entity.name);
  const [alias, setAlias] = useState('');
  const [into, setInto] = useState('');
  const [message, setMessage] = useState('');

  const run = async (what: Promise<unknown>, done: string): Promise<void> => {
    try {
      await what;
      setMessage(done);
    } catch (e) {
      setMessage(e instanceof Error ? e.message : String(e));
    }
  };
  const decide = (change: { name?: string; kind?: Kind; status?: 'open' | 'confirmed' | 'rejected'; addAlias?: string }, done: string) =>
    run(request('entities.decide', { id: entity.id, ...change }), done);
  const status = review.state === 'ready' ? review.value.status : 'open';
  const candidates = others.state === 'ready' ? others.value.filter((e) => e.id !== entity.id) : [];
  const target = candidates.some((e) => e.id === into) ? into : '';

  return (
    <section className="entity-review" aria-label="Your decisions about this name">
      <p className="hint">{STATUS_TEXT[status]}</p>
      <div className="review-row">
        <button type="button" onClick={() => void decide({ status: 'confirmed' }, 'Confirmed.')} disabled={status === 'confirmed'}>Confirm</button>
        <button type="button" onClick={() => void decide({ status: 'rejected' }, 'Marked as not a name; it leaves the list.').then(() => navigation.go({ kind: 'feature', id: 'entities' }))}>Not a name</button>
        {status !== 'open' && <button type="button" onClick={() => void decide({ status: 'open' }, 'Decision undone.')}>Undo decision</button>}
        <label>Kind
          <select value={entity.kind} onChange={(e) => void decide({ kind: e.target.value as Kind }, 'Kind changed.')}>
            {KINDS.map((k) => <option key={k} value={k}>{k}</option>)}
          </select>
        </label>
      </div>
      <form className="review-row" aria-label="Rename" onSubmit={(e) => { e.preventDefault(); if (name.trim()) void decide({ name: name.trim() }, 'Renamed; the old name stays an alias.'); }}>
        <label>Name<input value={name} dir="auto" maxLength={300} onChange={(e) => setName(e.target.value)} /></label>
        <button type="submit" disabled={name.trim() === '' || name.trim() === entity.name}>Rename</button>
      </form>
      <form className="review-row" aria-label="Add an alias" onSubmit={(e) => { e.preventDefault(); if (alias.trim()) void decide({ addAlias: alias.trim() }, 'Alias added: it is searched and counted too.').then(() => setAlias('')); }}>
        <label>Also written<input value={alias} dir="auto" maxLength={300} onChange={(e) => setAlias(e.target.value)} /></label>
        <button type="submit" disabled={alias.trim() === ''}>Add alias</button>
      </form>
      <form className="review-row" aria-label="Merge" onSubmit={(e) => { e.preventDefault(); if (target) void run(request('entities.merge', { from: entity.id, into: target }), 'Merged.').then(() => navigation.go({ kind: 'feature', id: 'entities', param: target })); }}>
        <label>Same as
          <select value={target} onChange={(e) => setInto(e.target.value)}>
            <option value="">Choose…</option>
            {candidates.map((e) => <option key={e.id} value={e.id}>{`${e.name} (${e.kind})`}</option>)}
          </select>
        </label>
        <button type="submit" disabled={!target}>Merge</button>
      </form>
      <p role="status" className="hint">{message}</p>
      {review.state === 'error' && <ErrorMessage message={review.message} />}
      {review.state === 'ready' && review.value.unlinked.length > 0 && (
        <>
          <h4 className="panel-heading">Unlinked mentions</h4>
          <ol className="passage-list" aria-label="Unlinked mentions">
            {review.value.unlinked.map((u) => (
              <li key={`${u.interviewId}:${u.start}`} className="mention">
                <button type="button" className="link-open" dir="auto" onClick={() => navigation.openInterview(u.interviewId, u.start, u.end)}>
                  {u.snippet.slice(0, u.markStart)}<mark>{u.snippet.slice(u.markStart, u.markEnd)}</mark>{u.snippet.slice(u.markEnd)}
                </button>
                <p className="meta muted"><bdi>{u.interviewTitle}</bdi>{' '}
                  <button type="button" className="secondary small" onClick={() => void decide({ addAlias: u.text }, `“${u.text}” added as an alias.`)}>Link: add “{u.text}” as an alias</button>
                </p>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
