import { useState } from 'react';
import { request } from '../api/client';
import { useNavigation } from '../shell/navigation';
import { ErrorMessage } from '../shared/Messages';
import { useAsync } from '../shared/useAsync';
import './xref.css';

/** Figures an interview mentions, as candidate claims: each opens the reader at the figure, where its Claims tab marks it. */
export function CandidateFigures() {
  const navigation = useNavigation();
  const interviews = useAsync(() => request('interviews.list', {}), []);
  const [chosen, setChosen] = useState('');
  const first = interviews.state === 'ready' ? (interviews.value[0]?.id ?? '') : '';
  const id = chosen || first;
  const figures = useAsync(() => (id ? request('claims.candidates', { id }) : Promise.resolve([])), [id]);
  return (
    <section className="candidate-figures" aria-labelledby="figures-title">
      <h3 id="figures-title">Figures in the text</h3>
      <label className="field">Interview
        <select value={id} onChange={(e) => setChosen(e.target.value)}>
          {interviews.state === 'ready' && interviews.value.map((i) => <option key={i.id} value={i.id}>{i.title}</option>)}
        </select>
      </label>
      {figures.state === 'error' && <ErrorMessage message={figures.message} />}
      {figures.state === 'ready' && figures.value.length === 0 && <p className="hint">No figures in this interview.</p>}
      <ul className="candidate-list" aria-label="Candidate figures">
        {(figures.state === 'ready' ? figures.value : []).map((c) => (
          <li key={c.start}>
            <button type="button" dir="auto" onClick={() => navigation.openInterview(id, c.start, c.end)}>
              <strong>{c.value}</strong> — <bdi>{c.context}</bdi>{c.speaker ? <span className="hint"> (<bdi>{c.speaker}</bdi>)</span> : null}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
