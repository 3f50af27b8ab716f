import { useId, useState } from 'react';
import type { Code, Memo } from '../../../preload/api';
import { MemoSection } from './MemoSection';

/** A code's memos under its row in the codebook: shown on demand, with add, edit and delete. */
export function CodeMemos({ code, path, memos }: { code: Code; path: string; memos: Memo[] }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <div className="code-memos">
      <button type="button" className="secondary small" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}
        aria-label={`Memos (${memos.length}) on ${path}`}>
        Memos ({memos.length})
      </button>
      {open && (
        <div id={id}>
          <MemoSection title={`Memos on ${path}`} memos={memos} target={{ kind: 'code', codeId: code.id }} addLabel={`Add a memo on ${path}`} />
        </div>
      )}
    </div>
  );
}
