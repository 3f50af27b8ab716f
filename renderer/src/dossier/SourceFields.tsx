import { useEffect, useState } from 'react';
import type { DossierSource, EntitySummary, InterviewSummary } from '../../../preload/api';
import { request } from '../api/client';
import { codePaths } from './model';
import { plural } from '../../../preload/contract/plural';
import { displayShortcut } from '../shell/commands';

export interface Choices {
  codes: { id: string; path: string }[];
  interviews: InterviewSummary[];
  entities: EntitySummary[];
}

/** The codebook and the interviews, for the source pickers. */
export function useChoices(): Choices {
  const [choices, setChoices] = useState<Choices>({ codes: [], interviews: [], entities: [] });
  useEffect(() => {
    let live = true;
    void Promise.all([request('codes.list', {}), request('interviews.list', {}), request('entities.list', {})]).then(([codes, interviews, entities]) => {
      if (live) setChoices({ codes: codePaths(codes), interviews, entities });
    });
    return () => {
      live = false;
    };
  }, []);
  return choices;
}

/** The parameter of a section's source: the query, the code, the interviews, or a word on annotations. */
export function SourceFields({ source, choices, onChange, idPrefix }: { source: DossierSource; choices: Choices; onChange(source: DossierSource): void; idPrefix: string }) {
  switch (source.kind) {
    case 'query':
      return (
        <div className="source-fields">
          <label>Search for
            <input value={source.query} dir="auto" maxLength={1000} placeholder='e.g. "Camp Ashraf" border' onChange={(e) => onChange({ ...source, query: e.target.value })} />
          </label>
          <label>At most
            <input type="number" min={1} max={10000} value={source.limit ?? 500} className="narrow" onChange={(e) => onChange({ ...source, limit: Math.min(10000, Math.max(1, Number(e.target.value) || 1)) })} />
          </label>
        </div>
      );
    case 'code':
      return (
        <div className="source-fields">
          <label>Code (with its sub-codes)
            <select value={source.codeId} onChange={(e) => onChange({ kind: 'code', codeId: e.target.value })}>
              {!source.codeId && <option value="">Choose a code…</option>}
              {choices.codes.map((c) => <option key={c.id} value={c.id}>{c.path}</option>)}
            </select>
          </label>
          {choices.codes.length === 0 && <p className="hint">The codebook is empty: code some passages in the reader first.</p>}
        </div>
      );
    case 'claims':
      return <p className="hint">Every claim marked in the archive, grouped by what it is about, with the passages it cites.</p>;
    case 'entity':
      return (
        <div className="source-fields">
          <label>Name
            <select value={source.entityId} onChange={(e) => onChange({ ...source, entityId: e.target.value })}>
              {!source.entityId && <option value="">Choose a person, place or organisation…</option>}
              {choices.entities.map((e) => <option key={e.id} value={e.id}>{e.name} ({e.kind}, {e.mentions})</option>)}
            </select>
          </label>
        </div>
      );
    case 'annotations':
      return <p className="hint">{plural(source.ids.length, 'annotation')}. Add more from the reader: focus an annotation and press “Add to dossier” ({displayShortcut('Mod+Shift+X')}).</p>;
    case 'interviews':
      return (
        <fieldset className="source-fields interview-picks">
          <legend>Interviews printed in full</legend>
          {choices.interviews.map((i) => (
            <label key={i.id} className="check" htmlFor={`${idPrefix}-${i.id}`}>
              <input
                id={`${idPrefix}-${i.id}`}
                type="checkbox"
                checked={source.ids.includes(i.id)}
                onChange={(e) => onChange({ kind: 'interviews', ids: e.target.checked ? [...source.ids, i.id] : source.ids.filter((x) => x !== i.id) })}
              />
              <bdi>{i.title}</bdi>
            </label>
          ))}
        </fieldset>
      );
  }
}

/** A source is ready to print when its parameter is filled in. */
export function sourceReady(source: DossierSource): boolean {
  if (source.kind === 'query') return source.query.trim().length > 0;
  if (source.kind === 'code') return source.codeId.length > 0;
  if (source.kind === 'interviews') return source.ids.length > 0;
  if (source.kind === 'entity') return source.entityId.length > 0;
  return true;
}
