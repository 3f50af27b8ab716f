import { useState } from 'react';
import type { Code } from '../../../preload/api';
import { request } from '../api/client';
import { plural } from '../../../preload/contract/plural';

interface Props {
  code: Code;
  path: string;
  count: number;
  /** Annotations with this code or one of its sub-codes. */
  total: number;
  /** Other codes, as [id, path], for "move under" and "merge into". */
  others: Array<[string, string]>;
  onError(message: string): void;
}

/** One code: rename, recolour, move, merge, delete. The engine refuses cycles; its message is shown. */
export function CodeNode({ code, path, count, total, others, onError }: Props) {
  const [name, setName] = useState(code.name);
  const [confirming, setConfirming] = useState(false);
  const run = (action: Promise<unknown>) => void action.catch((e: unknown) => onError(e instanceof Error ? e.message : String(e)));
  return (
    <div className="code-node">
      <input type="color" aria-label={`Colour of ${path}`} value={code.color} onChange={(e) => run(request('codes.update', { id: code.id, color: e.target.value }))} />
      <input
        aria-label={`Name of ${path}`}
        value={name}
        onChange={(e) => setName(e.target.value)}
        onBlur={() => name.trim() && name !== code.name && run(request('codes.update', { id: code.id, name }))}
        onKeyDown={(e) => e.key === 'Enter' && e.currentTarget.blur()}
      />
      <span className="badge" title="Annotations with this code" aria-label={plural(count, 'annotation')}>{count}</span>
      {total > count && <span className="muted-note">{total} with sub-codes</span>}
      <select aria-label={`Move ${path} under`} value="" onChange={(e) => e.target.value && run(request('codes.update', { id: code.id, parentId: e.target.value === '(top)' ? null : e.target.value }))}>
        <option value="">Move under…</option>
        <option value="(top)">(top level)</option>
        {others.map(([id, p]) => <option key={id} value={id}>{p}</option>)}
      </select>
      <select aria-label={`Merge ${path} into`} value="" onChange={(e) => e.target.value && run(request('codes.merge', { from: code.id, into: e.target.value }))}>
        <option value="">Merge into…</option>
        {others.map(([id, p]) => <option key={id} value={id}>{p}</option>)}
      </select>
      {confirming ? (
        <span role="group" aria-label={`Delete ${path}?`} className="item-actions">
          <button type="button" className="secondary small danger" onClick={() => run(request('codes.delete', { id: code.id }))}>Delete {count > 0 ? `from ${plural(count, 'annotation')}` : 'for good'}</button>
          <button type="button" className="secondary small" onClick={() => setConfirming(false)}>Keep</button>
        </span>
      ) : (
        <button type="button" className="secondary small danger" aria-label={`Delete ${path}`} onClick={() => setConfirming(true)}>Delete</button>
      )}
    </div>
  );
}
