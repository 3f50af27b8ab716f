import { useMemo, useState } from 'react';
import type { Memo, MemoTarget } from '../../../preload/api';
import { useNavigation } from '../shell/navigation';
import { EmptyState } from '../shared/Messages';
import { MemoSection } from './MemoSection';
import { describeTarget, passageStart } from './memoTargets';
import { codePath, useCodes } from './useCodes';
import { useInterviewTitles } from './useInterviewTitles';
import { useMemos } from './useMemos';
import './annotations.css';

function targetOf(choice: string): MemoTarget {
  if (choice.startsWith('code:')) return { kind: 'code', codeId: choice.slice('code:'.length) };
  if (choice.startsWith('interview:')) return { kind: 'interview', interviewId: choice.slice('interview:'.length) };
  return { kind: 'project' };
}

/** Every memo, grouped by what it is about; new memos attach to the project, a code or an interview. */
export function MemosView() {
  const memos = useMemos();
  const codes = useCodes();
  const titles = useInterviewTitles();
  const navigation = useNavigation();
  const byId = useMemo(() => new Map(codes.map((c) => [c.id, c])), [codes]);
  const [choice, setChoice] = useState('project');
  const chosen = targetOf(choice);
  const chosenLabel = describeTarget(chosen, titles, byId);

  const groups = new Map<string, Memo[]>();
  for (const memo of memos) {
    const label = describeTarget(memo.attachedTo, titles, byId);
    groups.set(label, [...(groups.get(label) ?? []), memo]);
  }
  const open = (memo: Memo) => {
    const at = passageStart(memo);
    return at && (() => navigation.openInterview(at.interviewId, at.start));
  };

  return (
    <section className="feature-page" aria-labelledby="memos-title">
      <h2 id="memos-title">Memos</h2>
      <label className="field">
        Write a memo about
        <select value={choice} onChange={(e) => setChoice(e.target.value)}>
          <option value="project">the whole project</option>
          {codes.map((c) => <option key={c.id} value={`code:${c.id}`}>code {codePath(c, byId)}</option>)}
          {[...titles].map(([id, title]) => <option key={id} value={`interview:${id}`}>interview {title}</option>)}
        </select>
      </label>
      <MemoSection key={choice} title={chosenLabel} memos={groups.get(chosenLabel) ?? []} target={chosen} openOf={open} />
      {memos.length === 0 && <EmptyState title="No memos yet.">Write one about the project, a code, an interview, or a passage you selected in the reader.</EmptyState>}
      {[...groups].filter(([label]) => label !== chosenLabel).map(([label, list]) => (
        <MemoSection key={label} title={label} memos={list} openOf={open} contextOf={(m) => (passageStart(m) ? 'Open the passage' : undefined)} />
      ))}
    </section>
  );
}
