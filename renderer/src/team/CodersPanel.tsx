import { useState } from 'react';
import { request } from '../api/client';
import { plural } from '../../../preload/contract/plural';
import { useNavigation } from '../shell/navigation';
import { ErrorMessage } from '../shared/Messages';
import { useAsync } from '../shared/useAsync';

/** Two coders compared per code: percent agreement and Cohen's kappa, character by character, and where they differ. */
export function CodersPanel({ generation }: { generation: number }) {
  const coders = useAsync(() => request('team.coders', {}), [generation]);
  const [a, setA] = useState('');
  const [b, setB] = useState('');
  const ready = a !== '' && b !== '' && a !== b;
  const figures = useAsync(() => (ready ? request('team.agreement', { coderA: a, coderB: b }) : Promise.resolve(null)), [a, b, ready, generation]);
  const navigation = useNavigation();
  const list = coders.state === 'ready' ? coders.value : [];
  const pick = (value: string, set: (v: string) => void, label: string) => (
    <label>{label} <select value={value} onChange={(e) => set(e.target.value)}>
      <option value="">choose…</option>
      {list.map((c) => <option key={c} value={c}>{c}</option>)}
    </select></label>
  );
  return (
    <section aria-labelledby="coders-heading">
      <h2 id="coders-heading">Coders compared</h2>
      <div className="row">{pick(a, setA, 'Coder')}{pick(b, setB, 'with')}</div>
      {list.length < 2 && <p>Agreement needs annotations by two coders (each annotation carries its maker’s name).</p>}
      {figures.state === 'error' && <ErrorMessage message={figures.message} />}
      {figures.state === 'ready' && figures.value && (
        <>
          <p>Over {plural(figures.value.interviews, 'interview')} both coded, character by character.</p>
          <table>
            <thead><tr><th scope="col">Code</th><th scope="col">Agreement</th><th scope="col">Cohen’s kappa</th><th scope="col">Passages they differ on</th></tr></thead>
            <tbody>
              {figures.value.codes.map((c) => (
                <tr key={c.codeId}>
                  <th scope="row">{c.code}</th>
                  <td>{c.percent.toFixed(1)} %</td>
                  <td>{c.kappa === null ? '—' : (Math.abs(c.kappa) < 0.005 ? 0 : c.kappa).toFixed(2)}</td>
                  <td>
                    <ul className="disagreements">
                      {c.disagreements.slice(0, 50).map((d) => (
                        <li key={`${d.interviewId}:${d.start}`}>
                          <button type="button" className="link-button" onClick={() => navigation.openInterview(d.interviewId, d.start, d.end)}>
                            <bdi>{d.title}</bdi>: “<bdi>{d.text.slice(0, 120)}</bdi>” (only <bdi>{d.codedBy}</bdi>)
                          </button>
                        </li>
                      ))}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
