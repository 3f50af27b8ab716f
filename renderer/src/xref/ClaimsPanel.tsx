import { useState } from 'react';
import { request } from '../api/client';
import type { ReaderPanelProps } from '../shell/features';
import { useNavigation } from '../shell/navigation';
import { useAsync } from '../shared/useAsync';
import { ClaimForm } from './ClaimForm';
import { useClaims } from './useXref';
import './xref.css';

/** In the reader: mark the selection, the focused annotation or a figure found in the text as a claim. */
export function ClaimsPanel({ interview, selection, clearSelection, annotations, focusedAnnotationId }: ReaderPanelProps) {
  const groups = useClaims();
  const navigation = useNavigation();
  const candidates = useAsync(() => request('claims.candidates', { id: interview.id }), [interview.id]);
  const [picked, setPicked] = useState<{ start: number; end: number; value: string } | null>(null);
  const range = selection ?? picked;
  const focused = annotations.find((a) => a.id === focusedAnnotationId && a.start !== undefined && a.end !== undefined);
  const here = groups.flatMap((g) => g.claims.filter((c) => c.interviewId === interview.id).map((c) => ({ ...c, conflict: g.conflict })));
  const quote = range ? interview.text.slice(range.start, range.end) : '';
  // The engine picks the figure the selection is about and who the sentence says gives it. Its
  // answer carries the selection it was asked for, so a guess for an earlier one is never shown.
  const asked = range ? `${interview.id}:${range.start}-${range.end}` : '';
  const prefill = useAsync(async () => (range ? { asked, guess: await request('claims.prefill', { id: interview.id, start: range.start, end: range.end }) } : null), [asked]);
  const guess = prefill.state === 'ready' && prefill.value?.asked === asked ? prefill.value.guess : undefined;
  const answered = guess !== undefined || prefill.state === 'error';
  // A figure picked from the list is the value; the rest of the guess fills in when it comes.
  const suggested = { value: picked?.value || guess?.value, unit: guess?.unit, source: guess?.source };

  return (
    <div className="annotations-panel">
      {range && !answered && <p className="hint">Reading the selection…</p>}
      {range ? (
        <ClaimForm key={asked} interviewId={interview.id} range={range} quote={quote} guess={suggested} whats={groups.map((g) => g.what)}
          onDone={() => { setPicked(null); clearSelection(); }} />
      ) : (
        <>
          <p className="hint">Select a passage to mark it as a claim, or pick a figure below.</p>
          {focused && (
            <button type="button" className="secondary small" onClick={() => setPicked({ start: focused.start ?? 0, end: focused.end ?? 0, value: '' })}>
              Mark the focused annotation as a claim
            </button>
          )}
        </>
      )}
      <h3 className="panel-heading">Claims in this interview <span className="badge">{here.length}</span></h3>
      <ul className="annotation-list">
        {here.map((c) => (
          <li key={c.id} className="annotation-item">
            <strong>{c.value}</strong> {c.what} · per <bdi>{c.source}</bdi>{c.asOf ? `, ${c.asOf}` : ''}{c.conflict && <span className="conflict">disputed</span>}
          </li>
        ))}
      </ul>
      <h3 className="panel-heading">Figures in the text</h3>
      <ul className="candidate-list" aria-label="Figures in the text">
        {(candidates.state === 'ready' ? candidates.value : []).map((c) => (
          <li key={c.start}>
            <button type="button" dir="auto" onClick={() => { setPicked({ start: Math.max(0, c.start - 60), end: Math.min(interview.text.length, c.end + 40), value: c.value }); navigation.openInterview(interview.id, c.start); }}>
              <strong>{c.value}</strong> — {c.context}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
