import { useState } from 'react';
import type { Claim } from '../../../preload/api';
import { request } from '../api/client';
import { EmptyState } from '../shared/Messages';
import { useAsync } from '../shared/useAsync';
import { CandidateFigures } from './CandidateFigures';
import { ClaimRow } from './ClaimRow';
import { useClaims } from './useXref';
import './xref.css';

/** Claims about the same thing side by side, by date, each citing its passage; disagreements flagged. */
export function ClaimsView() {
  const groups = useClaims();
  const [deleted, setDeleted] = useState<Claim | null>(null);
  const list = useAsync(() => request('interviews.list', {}), []);
  const titles = new Map((list.state === 'ready' ? list.value : []).map((i) => [i.id, i.title]));
  return (
    <section className="feature-page" aria-labelledby="claims-title">
      <h2 id="claims-title">Claims</h2>
      <p className="hint">Figures and facts as each source states them. Conflicting values stay side by side: Testimony never merges them.</p>
      {deleted && (
        <p className="notice" role="status">
          Deleted the claim {deleted.value} per <bdi>{deleted.source}</bdi>.{' '}
          <button type="button" className="secondary small" onClick={() => void request('claims.restore', deleted).then(() => setDeleted(null))}>Undo</button>
        </p>
      )}
      {groups.length === 0 && <EmptyState title="No claims yet.">Select a passage in the reader and use “Mark as a claim” in its Claims tab.</EmptyState>}
      {groups.map((group) => (
        <table key={group.what} className="claims-table">
          <caption>
            {group.what}
            {group.conflict && <span className="conflict">sources disagree</span>}
          </caption>
          <thead>
            <tr><th scope="col">Value</th><th scope="col">As of</th><th scope="col">Source</th><th scope="col">Passage</th><th scope="col"><span className="visually-hidden">Actions</span></th></tr>
          </thead>
          <tbody>
            {group.claims.map((c) => <ClaimRow key={c.id} claim={c} title={titles.get(c.interviewId) ?? c.interviewId} onDeleted={setDeleted} />)}
          </tbody>
        </table>
      ))}
      <CandidateFigures />
    </section>
  );
}
