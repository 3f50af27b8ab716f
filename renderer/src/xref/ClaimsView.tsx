import { request } from '../api/client';
import { useNavigation } from '../shell/navigation';
import { EmptyState } from '../shared/Messages';
import { useAsync } from '../shared/useAsync';
import { CandidateFigures } from './CandidateFigures';
import { useClaims } from './useXref';
import './xref.css';

/** Claims about the same thing side by side, by date, each citing its passage; disagreements flagged. */
export function ClaimsView() {
  const groups = useClaims();
  const navigation = useNavigation();
  const list = useAsync(() => request('interviews.list', {}), []);
  const titles = new Map((list.state === 'ready' ? list.value : []).map((i) => [i.id, i.title]));
  return (
    <section className="feature-page" aria-labelledby="claims-title">
      <h2 id="claims-title">Claims</h2>
      <p className="hint">Figures and facts as each source states them. Conflicting values stay side by side: Testimony never merges them.</p>
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
            {group.claims.map((c) => (
              <tr key={c.id}>
                <td className="claim-value">{c.value}{c.unit ? ` ${c.unit}` : ''}</td>
                <td>{c.asOf ?? '—'}</td>
                <td><bdi>{c.source}</bdi></td>
                <td>
                  <button type="button" className="link-button" onClick={() => navigation.openInterview(c.interviewId, c.start)} dir="auto">“{c.quote}”</button>
                  <div className="meta muted"><bdi>{titles.get(c.interviewId) ?? c.interviewId}</bdi></div>
                </td>
                <td><button type="button" className="secondary small danger" aria-label={`Delete the claim ${c.value} per ${c.source}`} onClick={() => void request('claims.delete', { id: c.id })}>Delete</button></td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
      <CandidateFigures />
    </section>
  );
}
