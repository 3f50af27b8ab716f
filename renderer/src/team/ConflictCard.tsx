import { useState } from 'react';
import { KEEP_BOTH_KINDS, type ConflictView } from '../../../preload/api';
import { differs, fieldsOf, KIND_LABELS, merged, shown } from './fields';

export type Choice = { keep: string } | { merge: Record<string, unknown> } | { both: true };

/** One conflict: its versions side by side (who, when, what differs), and the three ways out. */
export function ConflictCard({ conflict, codeNames, onResolve }: { conflict: ConflictView; codeNames: ReadonlyMap<string, string>; onResolve(choice: Choice): void }) {
  const [merging, setMerging] = useState(false);
  const [picks, setPicks] = useState<Record<string, number>>({});
  const fields = fieldsOf(conflict.kind);
  const canMerge = conflict.versions.filter((v) => v.record !== null).length > 1;
  const heading = `${KIND_LABELS[conflict.kind]} in ${conflict.where}`;
  return (
    <article className="conflict" aria-label={heading}>
      <h3>{heading}</h3>
      <table>
        <thead>
          <tr>
            <th scope="col">Field</th>
            {conflict.versions.map((v, i) => (
              <th scope="col" key={v.rev}>
                <bdi>{v.creator}</bdi>, {v.modified ? new Date(v.modified).toLocaleString() : 'unknown time'}
                {i === 0 && <span className="badge" title="CouchDB's winning version: shown in the archive until you choose">shown now, in conflict</span>}
                {v.record === null && <span className="badge deleted">deleted it</span>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {fields.map((f) => {
            const diff = differs(conflict, f.key);
            return (
              <tr key={f.key} className={diff ? 'differs' : undefined}>
                <th scope="row">{f.label}{diff && <span className="visually-hidden"> (differs)</span>}</th>
                {conflict.versions.map((v, i) => (
                  <td key={v.rev} dir="auto">
                    {merging && diff && v.record !== null && f.key !== 'modified' ? (
                      <label className="pick">
                        <input type="radio" name={`${conflict.id}-${f.key}`} checked={(picks[f.key] ?? 0) === i} onChange={() => setPicks({ ...picks, [f.key]: i })} />
                        {shown(v.record, f.key, codeNames)}
                      </label>
                    ) : shown(v.record, f.key, codeNames)}
                  </td>
                ))}
              </tr>
            );
          })}
          <tr>
            <th scope="row">Choose</th>
            {conflict.versions.map((v) => (
              <td key={v.rev}><button type="button" className="secondary" onClick={() => onResolve({ keep: v.rev })}>{v.record === null ? 'Delete it' : `Keep ${v.creator}’s version`}</button></td>
            ))}
          </tr>
        </tbody>
      </table>
      <div className="row">
        {canMerge && !merging && <button type="button" className="secondary" onClick={() => setMerging(true)}>Merge fields…</button>}
        {merging && <button type="button" onClick={() => onResolve({ merge: merged(conflict, picks) })}>Save the merged version</button>}
        {KEEP_BOTH_KINDS.includes(conflict.kind) && canMerge && <button type="button" className="secondary" onClick={() => onResolve({ both: true })}>Keep both</button>}
      </div>
    </article>
  );
}
