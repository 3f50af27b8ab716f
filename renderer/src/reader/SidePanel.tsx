import { useState } from 'react';
import type { ReaderPanel, ReaderPanelProps } from '../shell/features';
import { useRememberedWidth } from '../shared/useRememberedWidth';

/** The reader's right-hand panel: one tab per feature (annotations, entities, …). */
export function SidePanel({ panels, props }: { panels: ReaderPanel[]; props: ReaderPanelProps }) {
  const [active, setActive] = useState(panels[0]?.id);
  const ref = useRememberedWidth<HTMLElement>('side-panel');
  if (panels.length === 0) return null;
  const current = panels.find((p) => p.id === active) ?? panels[0];
  if (!current) return null;
  const Panel = current.component;
  return (
    <aside className="side-panel" aria-label="Interview tools" ref={ref}>
      <div role="tablist" aria-label="Panels" className="tabs">
        {panels.map((panel) => (
          <button key={panel.id} type="button" role="tab" id={`tab-${panel.id}`} aria-selected={panel.id === current.id} aria-controls={`panel-${panel.id}`} className="tab" onClick={() => setActive(panel.id)}>
            {panel.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${current.id}`} aria-labelledby={`tab-${current.id}`} className="side-panel-body">
        <Panel {...props} />
      </div>
    </aside>
  );
}
