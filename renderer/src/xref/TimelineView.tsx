import { useState } from 'react';
import type { TimelineEvent } from '../../../preload/api';
import { request } from '../api/client';
import { useNavigation } from '../shell/navigation';
import { EmptyState, ErrorMessage } from '../shared/Messages';
import { useAsync } from '../shared/useAsync';
import './xrefViews.css';

const KINDS: Array<{ kind: TimelineEvent['kind']; label: string }> = [
  { kind: 'claim', label: 'Claims' },
  { kind: 'mention', label: 'Dates in the text' },
  { kind: 'interview', label: 'Interviews' },
];

/** Dated events and claims in date order, grouped by year; each opens its passage. */
export function TimelineView() {
  const events = useAsync(() => request('xref.timeline', { mentions: true }), []);
  const [shown, setShown] = useState<Set<TimelineEvent['kind']>>(new Set(['claim', 'mention', 'interview']));
  const navigation = useNavigation();
  const toggle = (kind: TimelineEvent['kind']) => setShown((s) => {
    const next = new Set(s);
    if (next.has(kind)) next.delete(kind);
    else next.add(kind);
    return next;
  });
  const visible = events.state === 'ready' ? events.value.filter((e) => shown.has(e.kind)) : [];
  const years = [...new Set(visible.map((e) => e.date.slice(0, 4)))];
  return (
    <main className="xref-view" aria-label="Timeline">
      <h1>Timeline</h1>
      <fieldset className="timeline-kinds">
        <legend>Show</legend>
        {KINDS.map((k) => <label key={k.kind}><input type="checkbox" checked={shown.has(k.kind)} onChange={() => toggle(k.kind)} /> {k.label}</label>)}
      </fieldset>
      {events.state === 'loading' && <p className="hint">Collecting dates…</p>}
      {events.state === 'error' && <ErrorMessage message={events.message} />}
      {events.state === 'ready' && visible.length === 0 && <EmptyState title="Nothing dated to show." />}
      {years.map((year) => (
        <section key={year} className="timeline-year" aria-label={year}>
          <h2>{year}</h2>
          <ol className="timeline">
            {visible.filter((e) => e.date.startsWith(year)).map((e, i) => (
              <li key={`${e.kind}:${e.interviewId}:${e.start ?? i}:${e.claimId ?? ''}`} className={`timeline-event timeline-${e.kind}`}>
                <time dateTime={e.date} {...(e.calendar === 'jalali' ? { title: 'Converted from the Persian (Jalali) calendar' } : {})}>{e.date}</time>
                <span className="kind">{e.kind === 'mention' ? 'in text' : e.kind}</span>
                <button type="button" className="link-open" dir="auto" onClick={() => navigation.openInterview(e.interviewId, e.start, e.end)}>
                  {e.calendar === 'jalali' && <span className="calendar-note">Jalali <bdi lang="fa">{e.original}</bdi>: </span>}
                  {e.label} <span className="hint">— {e.interviewTitle}</span>
                </button>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </main>
  );
}
