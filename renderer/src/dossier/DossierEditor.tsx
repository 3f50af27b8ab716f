import { ErrorMessage } from '../shared/Messages';
import { AddSection } from './AddSection';
import { ExportPanel } from './ExportPanel';
import { MetaFields } from './MetaFields';
import { Outline } from './Outline';
import { SectionList } from './SectionList';
import { useDraft } from './useDraft';

/** One dossier's builder: what it is, what goes in and in which order, what will print, export. */
export function DossierEditor({ id, onSaved }: { id: string; onSaved: () => void }) {
  const draft = useDraft(id, onSaved);
  const { def, change } = draft;
  if (!def) return draft.error ? <ErrorMessage message={draft.error} /> : <p className="muted">Loading the dossier…</p>;
  return (
    <div className="dossier-editor">
      <div className="dossier-build">
        <h2 className="dossier-heading"><bdi>{def.title}</bdi> <span className="muted save-state" role="status">{draft.saving ? 'Saving…' : 'Saved'}</span></h2>
        {draft.error && <ErrorMessage message={draft.error} />}
        <MetaFields def={def} onChange={change} />
        <section aria-labelledby="sections-heading">
          <h3 id="sections-heading">Sections</h3>
          <SectionList def={def} onChange={change} />
          <AddSection def={def} onChange={change} />
        </section>
      </div>
      <aside className="dossier-side" aria-label="Outline and export">
        <ExportPanel id={def.id} beforeExport={draft.flush} />
        <Outline def={def} />
      </aside>
    </div>
  );
}
