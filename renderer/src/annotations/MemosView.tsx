import { useMemo, useState } from 'react';
import type { Memo, MemoTarget } from '../../../preload/api';
import { MemoSection } from './MemoSection';
import { codePath, useCodes } from './useCodes';
import { useInterviewTitles } from './useInterviewTitles';
import { useMemos } from './useMemos';
import './annotations.css';

/** Every memo, grouped by what it is about; new memos attach to the project, a code or an interview. */
export function MemosView() {
  const memos = useMemos();
  const codes = useCodes();
  const titles = useInterviewTitles();
  const byId = useMemo(() => new Map(codes.map((c) => [c.id, c])), [codes]);
  const [target, setTarget] = useState('project');

  const about = (m: Memo): string => {
    const t = m.attachedTo;
    if (t.kind === 'project') return 'The project';
    if (t.kind === 'code') return `Code: ${byId.get(t.codeId) ? codePath(byId.get(t.codeId) as NonNullable<ReturnType<typeof byId.get>>, byId) : 'deleted code'}`;
    const title = titles.get(t.interviewId) ?? t.interviewId;
    return t.kind === 'interview' ? `Interview: ${title}` : `Passage in ${title}`;
  };
  const groups = new Map<string, Memo[]>();
  for (const memo of memos) groups.set(about(memo), [...(groups.get(about(memo)) ?? []), memo]);
  const chosen: MemoTarget = target === 'project' ? { kind: 'project' } : target.startsWith('code:') ? { kind: 'code', codeId: target.slice(5) } : { kind: 'interview', interviewId: target.slice(10) };
  const key = (t: MemoTarget) => JSON.stringify(t);

  return (
    <section className="feature-page" aria-labelledby="memos-title">
      <h2 id="memos-title">Memos</h2>
      <label className="field">
        Write a memo about
        <select value={target} onChange={(e) => setTarget(e.target.value)}>
          <option value="project">the whole project</option>
          {codes.map((c) => <option key={c.id} value={`code:${c.id}`}>code {codePath(c, byId)}</option>)}
          {[...titles].map(([id, title]) => <option key={id} value={`interview:${id}`}>interview {title}</option>)}
        </select>
      </label>
      <MemoSection key={target} title={about({ attachedTo: chosen } as Memo)} memos={memos.filter((m) => key(m.attachedTo) === key(chosen))} target={chosen} />
      {[...groups].filter(([label]) => label !== about({ attachedTo: chosen } as Memo)).map(([label, list]) => (
        <section key={label} aria-label={label}>
          <h3 className="panel-heading">{label} <span className="badge">{list.length}</span></h3>
          <ul className="memo-list">
            {list.map((m) => <li key={m.id} className="memo"><p className="memo-title">{m.title}</p><p className="memo-body">{m.body}</p></li>)}
          </ul>
        </section>
      ))}
    </section>
  );
}
