import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { DossierDefinition } from '../../../preload/api';
import { moveSection, replaceSection, SOURCE_LABELS } from './model';
import { SourceFields, useChoices } from './SourceFields';
import { matches } from '../shell/commands';
import { CONTEXT_KEYS } from '../shell/contextKeys';

type Focus = { id: string; on: 'card' | 'up' | 'down' };

/**
 * The dossier's sections in print order. Reorder by dragging a card, with the Move up / Move down
 * buttons, or with Alt+ArrowUp / Alt+ArrowDown on a focused card; each move is announced.
 */
export function SectionList({ def, onChange }: { def: DossierDefinition; onChange(def: DossierDefinition): void }) {
  const choices = useChoices();
  const [dragging, setDragging] = useState<number | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const pendingFocus = useRef<Focus | null>(null);
  const list = useRef<HTMLOListElement>(null);

  // A moved card is re-inserted in the DOM, which drops focus: put it back where the researcher was.
  useEffect(() => {
    const focus = pendingFocus.current;
    if (!focus) return;
    pendingFocus.current = null;
    const card = list.current?.querySelector<HTMLElement>(`[data-section-id="${CSS.escape(focus.id)}"]`);
    const target = focus.on === 'card' ? card : card?.querySelector<HTMLButtonElement>(`[data-move="${focus.on}"]`);
    (target && !(target as HTMLButtonElement).disabled ? target : card)?.focus();
  });

  const move = (from: number, to: number, on: Focus['on']): void => {
    const section = def.sections[from];
    if (!section || to < 0 || to >= def.sections.length) return;
    onChange(moveSection(def, from, to));
    setAnnouncement(`Moved “${section.title}” to position ${to + 1} of ${def.sections.length}.`);
    pendingFocus.current = { id: section.id, on };
  };
  const onKey = (e: KeyboardEvent, index: number): void => {
    const up = matches(e.nativeEvent, CONTEXT_KEYS.moveUp.shortcut);
    if (!up && !matches(e.nativeEvent, CONTEXT_KEYS.moveDown.shortcut)) return;
    e.preventDefault();
    e.stopPropagation();
    move(index, up ? index - 1 : index + 1, 'card');
  };

  if (def.sections.length === 0) return <p className="hint">No sections yet: add one below.</p>;
  return (
    <>
      <ol className="section-list" ref={list} aria-describedby="reorder-hint">
        {def.sections.map((section, i) => (
          <li
            key={section.id}
            data-section-id={section.id}
            className={dragging === i ? 'section-card dragging' : 'section-card'}
            tabIndex={0}
            aria-label={`Section ${i + 1} of ${def.sections.length}: ${section.title} (${SOURCE_LABELS[section.source.kind]})`}
            draggable
            onDragStart={(e) => { setDragging(i); e.dataTransfer.effectAllowed = 'move'; e.dataTransfer.setData('text/plain', section.id); }}
            onDragOver={(e) => { if (dragging !== null) e.preventDefault(); }}
            onDrop={(e) => { e.preventDefault(); if (dragging !== null) move(dragging, i, 'card'); setDragging(null); }}
            onDragEnd={() => setDragging(null)}
            onKeyDown={(e) => onKey(e, i)}
          >
            <div className="section-head">
              <span className="drag-handle" aria-hidden="true">⠿</span>
              <span className="section-number">{i + 1}.</span>
              <input
                className="section-title"
                aria-label={`Title of section ${i + 1}`}
                value={section.title}
                dir="auto"
                maxLength={300}
                onChange={(e) => onChange(replaceSection(def, i, { ...section, title: e.target.value }))}
              />
              <button type="button" className="icon-button" data-move="up" aria-label={`Move “${section.title}” up`} title="Move up (Alt+↑)" disabled={i === 0} onClick={() => move(i, i - 1, 'up')}>↑</button>
              <button type="button" className="icon-button" data-move="down" aria-label={`Move “${section.title}” down`} title="Move down (Alt+↓)" disabled={i === def.sections.length - 1} onClick={() => move(i, i + 1, 'down')}>↓</button>
              <button type="button" className="icon-button" aria-label={`Remove “${section.title}”`} onClick={() => onChange({ ...def, sections: def.sections.filter((s) => s.id !== section.id) })}>✕</button>
            </div>
            <SourceFields source={section.source} choices={choices} idPrefix={section.id} onChange={(source) => onChange(replaceSection(def, i, { ...section, source }))} />
            <label className="intro">Introduction
              <textarea value={section.intro ?? ''} dir="auto" rows={2} maxLength={20000} onChange={(e) => onChange(replaceSection(def, i, { ...section, intro: e.target.value }))} />
            </label>
          </li>
        ))}
      </ol>
      <p id="reorder-hint" className="hint">Drag a section, or focus it and press Alt+↑ / Alt+↓ to change the order.</p>
      <p className="visually-hidden" role="status" aria-live="polite">{announcement}</p>
    </>
  );
}
