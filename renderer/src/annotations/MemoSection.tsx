import { useState } from 'react';
import type { Memo, MemoTarget } from '../../../preload/api';
import { request } from '../api/client';
import { MemoEditor } from './MemoEditor';

interface Props {
  title: string;
  memos: Memo[];
  /** Where a new memo attaches. */
  target: MemoTarget;
}

/** Memos about something (an interview, a passage, a code, the project): list, add, edit, delete. */
export function MemoSection({ title, memos, target }: Props) {
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);
  return (
    <section className="memo-section" aria-label={title}>
      <h3 className="panel-heading">{title} <span className="badge">{memos.length}</span></h3>
      <ul className="memo-list">
        {memos.map((memo) => (
          <li key={memo.id} className="memo">
            {editing === memo.id ? (
              <MemoEditor initial={memo} onSave={async (t, b) => { await request('memos.update', { id: memo.id, title: t, body: b }); setEditing(null); }} onCancel={() => setEditing(null)} />
            ) : (
              <>
                <p className="memo-title">{memo.title}</p>
                <p className="memo-body">{memo.body}</p>
                <div className="item-actions">
                  <button type="button" className="secondary small" onClick={() => setEditing(memo.id)}>Edit</button>
                  <button type="button" className="secondary small danger" onClick={() => void request('memos.delete', { id: memo.id })}>Delete</button>
                </div>
              </>
            )}
          </li>
        ))}
      </ul>
      {adding ? (
        <MemoEditor onSave={async (t, b) => { await request('memos.add', { title: t, body: b, attachedTo: target }); setAdding(false); }} onCancel={() => setAdding(false)} />
      ) : (
        <button type="button" className="secondary small" onClick={() => setAdding(true)}>Add a memo</button>
      )}
    </section>
  );
}
