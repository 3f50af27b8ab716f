import { useState } from 'react';
import type { Memo } from '../../../preload/api';
import { request } from '../api/client';
import { MemoEditor } from './MemoEditor';

interface Props {
  memo: Memo;
  /** What the memo is about, when the list around it does not say (e.g. the passage it is on). */
  context?: string;
  /** Opens what the memo is attached to (a passage in the reader). */
  onOpen?(): void;
}

/** One memo: read it, edit its title and body, delete it (asking once). */
export function MemoItem({ memo, context, onOpen }: Props) {
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (editing) {
    return (
      <li className="memo">
        <MemoEditor initial={memo} onSave={async (title, body) => { await request('memos.update', { id: memo.id, title, body }); setEditing(false); }} onCancel={() => setEditing(false)} />
      </li>
    );
  }
  const remove = () => request('memos.delete', { id: memo.id }).catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  return (
    <li className="memo" data-memo={memo.id}>
      <p className="memo-title" dir="auto">{memo.title}</p>
      {context && (onOpen
        ? <button type="button" className="memo-context link-like" onClick={onOpen}>{context}</button>
        : <p className="memo-context">{context}</p>)}
      {memo.body && <p className="memo-body" dir="auto">{memo.body}</p>}
      {error && <p className="error-message" role="alert">{error}</p>}
      <div className="item-actions">
        <button type="button" className="secondary small" onClick={() => setEditing(true)} aria-label={`Edit memo “${memo.title}”`}>Edit</button>
        {confirming ? (
          <>
            <button type="button" className="secondary small danger" onClick={() => void remove()}>Delete for good</button>
            <button type="button" className="secondary small" onClick={() => setConfirming(false)}>Keep</button>
          </>
        ) : (
          <button type="button" className="secondary small danger" onClick={() => setConfirming(true)} aria-label={`Delete memo “${memo.title}”`}>Delete</button>
        )}
      </div>
    </li>
  );
}
