import { useState } from 'react';
import type { DossierDefinition, DossierSource } from '../../../preload/api';
import { newSectionId, SOURCE_LABELS, type SourceKind } from './model';
import { SourceFields, sourceReady, useChoices, type Choices } from './SourceFields';

const EMPTY: Record<SourceKind, DossierSource> = {
  query: { kind: 'query', query: '' },
  code: { kind: 'code', codeId: '' },
  annotations: { kind: 'annotations', ids: [] },
  interviews: { kind: 'interviews', ids: [] },
  claims: { kind: 'claims' },
  entity: { kind: 'entity', entityId: '' },
};

function defaultTitle(source: DossierSource, { codes, entities }: Choices): string {
  if (source.kind === 'query') return source.query.trim();
  if (source.kind === 'code') return codes.find((c) => c.id === source.codeId)?.path ?? 'Code';
  // The name as the archive writes it ("Javad Firuzmand"), never its lower-case id.
  if (source.kind === 'entity') return entities.find((e) => e.id === source.entityId)?.name ?? 'Person, place or organisation';
  return SOURCE_LABELS[source.kind];
}

/** Adds a section: choose where its content comes from, fill in the parameter, add. */
export function AddSection({ def, onChange }: { def: DossierDefinition; onChange(def: DossierDefinition): void }) {
  const choices = useChoices();
  const [source, setSource] = useState<DossierSource>(EMPTY.query);
  const [title, setTitle] = useState('');
  const add = (): void => {
    const section = { id: newSectionId(), title: title.trim() || defaultTitle(source, choices), source };
    onChange({ ...def, sections: [...def.sections, section] });
    setSource(EMPTY[source.kind]);
    setTitle('');
  };
  return (
    <form className="add-section" aria-label="Add a section" onSubmit={(e) => { e.preventDefault(); if (sourceReady(source)) add(); }}>
      <h4>Add a section</h4>
      <div className="source-fields">
        <label>Content from
          <select value={source.kind} onChange={(e) => setSource(EMPTY[e.target.value as SourceKind])}>
            {Object.entries(SOURCE_LABELS).map(([kind, label]) => <option key={kind} value={kind}>{label}</option>)}
          </select>
        </label>
        <label>Section title
          <input value={title} dir="auto" maxLength={300} placeholder="(optional)" onChange={(e) => setTitle(e.target.value)} />
        </label>
      </div>
      <SourceFields source={source} choices={choices} onChange={setSource} idPrefix="new" />
      <button type="submit" disabled={!sourceReady(source)}>Add section</button>
    </form>
  );
}
