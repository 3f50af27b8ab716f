import { useState } from 'react';
import type { Memo, MemoTarget } from '../../../preload/api';
import { request } from '../api/client';
import { MemoEditor } from './MemoEditor';
import { MemoItem } from './MemoItem';

interface Props {
  title: string;
  memos: Memo[];
  /** Where a new memo attaches; without it the section only lists. */
  target?: MemoTarget;
  /** Label of the add button (e.g. "Add a memo on the selected passage"). */
  addLabel?: string;
  /** A line saying what a memo is about, when the title does not. */
  contextOf?(memo: Memo): string | undefined;
  /** Opens what a memo is attached to, if it can be opened. */
  openOf?(memo: Memo): (() => void) | undefined;
}

/** Memos about something (an interview, a passage, a code, the project): list, add, edit, delete. */
export function MemoSection({ title, memos, target, addLabel = 'Add a memo', contextOf, openOf }: Props) {
  const [adding, setAdding] = useState(false);
  return (
    <section className="memo-section" aria-label={title}>
      <h3 className="panel-heading">{title} <span className="badge">{memos.length}</span></h3>
      <ul className="memo-list">
        {memos.map((memo) => <MemoItem key={`${memo.id}:${memo.modified}`} memo={memo} context={contextOf?.(memo)} onOpen={openOf?.(memo)} />)}
      </ul>
      {target && (adding ? (
        <MemoEditor onSave={async (t, b) => { await request('memos.add', { title: t, body: b, attachedTo: target }); setAdding(false); }} onCancel={() => setAdding(false)} />
      ) : (
        <button type="button" className="secondary small" onClick={() => setAdding(true)}>{addLabel}</button>
      ))}
    </section>
  );
}
