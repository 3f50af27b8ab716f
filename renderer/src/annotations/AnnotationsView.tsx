import { useDeferredValue, useMemo, useState } from 'react';
import type { AnnotationFilter } from '../../../preload/api';
import { CoderFilter } from './CoderFilter';
import { TeamMarks } from './TeamMarks';
import { useNavigation } from '../shell/navigation';
import { EmptyState, ErrorMessage } from '../shared/Messages';
import { AnchorBadge } from './AnchorBadge';
import { CodeChips } from './CodeChips';
import { exportAnnotations } from './download';
import { MemoSection } from './MemoSection';
import { describeTarget, passageStart } from './memoTargets';
import { codePath, useCodes } from './useCodes';
import { useFoundAnnotations } from './useFoundAnnotations';
import { useInterviewTitles } from './useInterviewTitles';
import './annotations.css';
import { plural } from '../../../preload/contract/plural';

/** Every annotation of the archive, filtered by code, interviewee, coder, text and date; notes and memos searchable. */
export function AnnotationsView() {
  const [filter, setFilter] = useState<AnnotationFilter>({});
  const deferred = useDeferredValue(filter);
  const { annotations, memos: matchingMemos, error } = useFoundAnnotations(deferred);
  const codes = useCodes();
  const titles = useInterviewTitles();
  const byId = useMemo(() => new Map(codes.map((c) => [c.id, c])), [codes]);
  const navigation = useNavigation();
  const [message, setMessage] = useState<string | null>(null);
  const set = (key: keyof AnnotationFilter, value: string) => setFilter((f) => ({ ...f, [key]: value || undefined }));

  async function download(format: 'w3c' | 'csv' | 'md'): Promise<void> {
    try {
      setMessage(`Saved ${await exportAnnotations(format)}.`);
    } catch (e) {
      setMessage(e instanceof Error ? e.message : String(e));
    }
  }

  return (
    <section className="feature-page" aria-labelledby="annotations-title">
      <h2 id="annotations-title">Annotations</h2>
      <div className="filters-row annotation-filters" role="group" aria-label="Filter annotations">
        <label>Search quotes, notes, memos<input type="search" value={filter.text ?? ''} onChange={(e) => set('text', e.target.value)} /></label>
        <label>Code
          <select aria-label="Filter by code" value={filter.codeId ?? ''} onChange={(e) => set('codeId', e.target.value)}>
            <option value="">Any code</option>
            {codes.map((c) => <option key={c.id} value={c.id}>{codePath(c, byId)}</option>)}
          </select>
        </label>
        <label>Interviewee<input value={filter.interviewee ?? ''} onChange={(e) => set('interviewee', e.target.value)} /></label>
        <CoderFilter value={filter.creator ?? ''} onChange={(v) => set('creator', v)} />
        <label>Made from<input type="date" value={filter.from?.slice(0, 10) ?? ''} onChange={(e) => set('from', e.target.value && `${e.target.value}T00:00:00.000Z`)} /></label>
        <label>to<input type="date" value={filter.to?.slice(0, 10) ?? ''} onChange={(e) => set('to', e.target.value && `${e.target.value}T23:59:59.999Z`)} /></label>
      </div>
      <div className="form-actions" role="group" aria-label="Export">
        <button type="button" className="secondary" onClick={() => void download('w3c')}>Export W3C JSON-LD</button>
        <button type="button" className="secondary" onClick={() => void download('csv')}>Export CSV</button>
        <button type="button" className="secondary" onClick={() => void download('md')}>Export Markdown</button>
        {message && <span role="status">{message}</span>}
      </div>
      {error && <ErrorMessage message={error} />}
      <h3 className="panel-heading">{plural(annotations.length, 'annotation')}</h3>
      {annotations.length === 0 && <EmptyState title="No annotation matches.">Select text in an interview to make one.</EmptyState>}
      <ul className="annotation-list" aria-label="Annotations found">
        {annotations.map((a) => (
          <li key={a.id} className="result-row">
            <button type="button" className="annotation-quote" dir="auto" onClick={() => navigation.openInterview(a.interviewId, a.start)}>“{a.quote.length > 300 ? `${a.quote.slice(0, 300)}…` : a.quote}”</button>
            <AnchorBadge anchor={a.anchor} />
            <TeamMarks annotation={a} />
            {a.note && <p className="annotation-note" dir="auto">{a.note}</p>}
            <CodeChips ids={a.codes} byId={byId} />
            <p className="meta"><bdi>{titles.get(a.interviewId) ?? `${a.interviewId} (not in your copy of the archive)`}</bdi> · {a.created.slice(0, 10)}</p>
          </li>
        ))}
      </ul>
      {matchingMemos.length > 0 && (
        <MemoSection title="Memos found" memos={matchingMemos} contextOf={(m) => describeTarget(m.attachedTo, titles, byId)} openOf={(m) => {
          const at = passageStart(m);
          return at && (() => navigation.openInterview(at.interviewId, at.start));
        }} />
      )}
    </section>
  );
}
