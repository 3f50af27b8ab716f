import { useState, type CSSProperties } from 'react';
import type { Matrix, PassageRef } from '../../../preload/api';
import { request } from '../api/client';
import { EmptyState, ErrorMessage } from '../shared/Messages';
import { useAsync } from '../shared/useAsync';
import { PassageList } from './PassageList';
import { CoderFilter } from '../annotations/CoderFilter';
import './xrefViews.css';

type Kind = Matrix['kind'];
interface Opened { label: string; passages: PassageRef[] }

/** Co-occurrence matrix: codes × interviews or entities × entities; a cell opens its passages. */
export function MatrixView() {
  const [kind, setKind] = useState<Kind>('entities');
  const [rollUp, setRollUp] = useState(true);
  const [coder, setCoder] = useState('');
  const byCoder = kind === 'codes' && coder ? { creator: coder } : {};
  const matrix = useAsync(() => request('xref.matrix', { kind, rollUp, ...byCoder }), [kind, rollUp, coder]);
  const [opened, setOpened] = useState<Opened | null>(null);

  const open = async (m: Matrix, i: number, j: number): Promise<void> => {
    const row = m.rows[i]!;
    const col = m.cols[j]!;
    const passages = await request('xref.cell', { kind: m.kind, row: row.id, col: col.id, rollUp, ...byCoder });
    setOpened({ label: `Passages: ${row.label} × ${col.label}`, passages });
  };
  return (
    <main className="xref-view" aria-label="Co-occurrence matrix">
      <h1>Co-occurrence</h1>
      <fieldset className="matrix-kind">
        <legend>Compare</legend>
        <label><input type="radio" name="matrix-kind" checked={kind === 'entities'} onChange={() => { setKind('entities'); setOpened(null); }} /> Names × names</label>
        <label><input type="radio" name="matrix-kind" checked={kind === 'codes'} onChange={() => { setKind('codes'); setOpened(null); }} /> Codes × interviews</label>
      </fieldset>
      {kind === 'codes' && <label className="matrix-rollup"><input type="checkbox" checked={rollUp} onChange={(e) => { setRollUp(e.target.checked); setOpened(null); }} /> Count sub-codes in their parent codes</label>}
      {kind === 'codes' && <CoderFilter value={coder} onChange={(value) => { setCoder(value); setOpened(null); }} />}
      {matrix.state === 'loading' && <p className="hint">Counting…</p>}
      {matrix.state === 'error' && <ErrorMessage message={matrix.message} />}
      {matrix.state === 'ready' && (matrix.value.rows.length === 0 || matrix.value.cols.length === 0
        ? <EmptyState title={kind === 'codes' ? 'No codes yet.' : 'No names found yet.'}>{kind === 'codes' ? 'Code some passages, then compare codes across interviews here.' : null}</EmptyState>
        : <MatrixTable matrix={matrix.value} onOpen={(i, j) => void open(matrix.value, i, j)} />)}
      {opened && (
        <section aria-label={opened.label}>
          <h2 dir="auto">{opened.label}</h2>
          <PassageList label={opened.label} passages={opened.passages} />
        </section>
      )}
    </main>
  );
}

function MatrixTable({ matrix, onOpen }: { matrix: Matrix; onOpen(i: number, j: number): void }) {
  const max = Math.max(1, ...matrix.counts.flat());
  return (
    <div className="matrix-scroll">
      <table className="matrix" aria-label={matrix.kind === 'codes' ? 'Codes by interview' : 'Names by name'}>
        <thead>
          <tr>
            <td />
            {matrix.cols.map((c) => <th key={c.id} scope="col" dir="auto"><span className="matrix-col">{c.label}</span></th>)}
          </tr>
        </thead>
        <tbody>
          {matrix.rows.map((r, i) => (
            <tr key={r.id}>
              <th scope="row" dir="auto">{r.label}</th>
              {matrix.cols.map((c, j) => {
                const n = matrix.counts[i]?.[j] ?? 0;
                return (
                  <td key={c.id} style={{ '--strength': n / max } as CSSProperties}>
                    {n > 0 ? <button type="button" className="matrix-cell" aria-label={`${n}: ${r.label} × ${c.label}`} onClick={() => onOpen(i, j)}>{n}</button> : <span className="matrix-zero" aria-hidden="true">·</span>}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
