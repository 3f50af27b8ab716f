import { useMemo, useState, type ReactNode } from 'react';
import type { Code } from '../../../preload/api';
import { request } from '../api/client';
import { ErrorMessage, EmptyState } from '../shared/Messages';
import { saveBlob } from '../shared/saveBlob';
import { CodeMemos } from './CodeMemos';
import { CodeNode } from './CodeNode';
import { createCodePath } from './createCodePath';
import { useAnnotations } from './useAnnotations';
import { CoderFilter } from './CoderFilter';
import { codePath, useCodes } from './useCodes';
import { useMemos } from './useMemos';
import './annotations.css';

/** The codebook as a tree: add, rename, recolour, move, merge, delete; export and import it. */
export function CodebookView() {
  const codes = useCodes();
  const [coder, setCoder] = useState('');
  const { annotations } = useAnnotations(coder ? { creator: coder } : {});
  const memos = useMemos();
  const [error, setError] = useState<string | null>(null);
  const [newPath, setNewPath] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  const byId = useMemo(() => new Map(codes.map((c) => [c.id, c])), [codes]);
  /** Annotations per code: [with this code, with it or any of its sub-codes]. */
  const counts = useMemo(() => {
    const own = new Map<string, number>();
    const total = new Map<string, number>();
    for (const a of annotations) {
      const reached = new Set<string>();
      for (const id of a.codes) {
        own.set(id, (own.get(id) ?? 0) + 1);
        for (let c = byId.get(id), guard = 0; c && guard < 50; c = c.parentId ? byId.get(c.parentId) : undefined, guard++) reached.add(c.id);
      }
      for (const id of reached) total.set(id, (total.get(id) ?? 0) + 1);
    }
    return { own, total };
  }, [annotations, byId]);
  const report = (e: unknown) => setError(e instanceof Error ? e.message : String(e));

  function tree(parentId: string | undefined): ReactNode {
    const children = codes.filter((c) => c.parentId === parentId).sort((a, b) => a.name.localeCompare(b.name));
    if (children.length === 0) return null;
    return (
      <ul className={parentId ? undefined : 'code-tree'} aria-label={parentId ? undefined : 'Codebook'}>
        {children.map((code: Code) => {
          const path = codePath(code, byId);
          const others = codes.filter((c) => c.id !== code.id).map((c): [string, string] => [c.id, codePath(c, byId)]).sort((a, b) => a[1].localeCompare(b[1]));
          return (
            <li key={code.id}>
              <CodeNode key={`${code.id}:${code.name}`} code={code} path={path} count={counts.own.get(code.id) ?? 0} total={counts.total.get(code.id) ?? 0} others={others} onError={setError} />
              <CodeMemos code={code} path={path} memos={memos.filter((m) => m.attachedTo.kind === 'code' && m.attachedTo.codeId === code.id)} />
              {tree(code.id)}
            </li>
          );
        })}
      </ul>
    );
  }

  async function importFile(file: File): Promise<void> {
    try {
      const { added, updated } = await request('codes.import', { text: await file.text() });
      setError(null);
      setStatus(`Codebook imported: ${added} added, ${updated} updated.`);
    } catch (e) {
      report(e);
    }
  }

  return (
    <section className="feature-page" aria-labelledby="codebook-title">
      <h2 id="codebook-title">Codebook</h2>
      {error && <ErrorMessage message={error} />}
      {status && <p role="status">{status}</p>}
      <form className="form-actions" aria-label="Add a code" onSubmit={(e) => { e.preventDefault(); createCodePath(newPath, codes).then(() => setNewPath(''), report); }}>
        <input className="codebook-new" aria-label="New code (Parent/Child)" placeholder="New code, e.g. Themes/Displacement" value={newPath} onChange={(e) => setNewPath(e.target.value)} />
        <button type="submit" disabled={!newPath.trim()}>Add code</button>
        <button type="button" className="secondary" onClick={() => request('codes.export', {}).then(({ text, fileName }) => saveBlob(new Blob([text], { type: 'application/json' }), fileName), report)}>Export codebook</button>
        <label className="secondary file-button">
          Import codebook
          <input type="file" accept="application/json,.json" className="visually-hidden" onChange={(e) => { const file = e.target.files?.[0]; if (file) void importFile(file); }} />
        </label>
      </form>
      {/* The counts beside each code are this coder's passages only. */}
      <CoderFilter value={coder} onChange={setCoder} />
      {codes.length === 0 ? <EmptyState title="No codes yet.">Add one here, or while annotating a passage.</EmptyState> : tree(undefined)}
    </section>
  );
}
