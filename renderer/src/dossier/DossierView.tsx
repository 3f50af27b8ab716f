import { useState } from 'react';
import { request } from '../api/client';
import { EmptyState, ErrorMessage } from '../shared/Messages';
import { DossierEditor } from './DossierEditor';
import { useDossierList } from './useDossierList';
import './dossier.css';
import { plural } from '../../../preload/contract/plural';

/** The Dossier view: saved dossiers on the left, the chosen one's builder on the right. */
export function DossierView({ param }: { param?: string }) {
  const { dossiers, error, reload } = useDossierList();
  const [selected, setSelected] = useState<string | undefined>(param);
  const [title, setTitle] = useState('');
  const [language, setLanguage] = useState<'en' | 'fa'>('en');
  const [failure, setFailure] = useState<string | null>(null);
  const current = selected ?? dossiers?.[0]?.id;

  const create = async (): Promise<void> => {
    try {
      const made = await request('dossier.create', { title: title.trim(), language });
      setTitle('');
      setSelected(made.id);
      reload();
    } catch (e) {
      setFailure(e instanceof Error ? e.message : String(e));
    }
  };
  const remove = async (id: string, name: string): Promise<void> => {
    if (!window.confirm(`Delete the dossier “${name}”? Its exported PDFs stay where you saved them.`)) return;
    await request('dossier.delete', { id });
    if (current === id) setSelected(undefined);
    reload();
  };

  return (
    <div className="dossier-view">
      <section className="dossier-list" aria-labelledby="dossier-list-heading">
        <h2 id="dossier-list-heading">Dossiers</h2>
        {error && <ErrorMessage message={error} />}
        {failure && <ErrorMessage message={failure} />}
        <ul>
          {dossiers?.map((d) => (
            <li key={d.id} className={d.id === current ? 'selected' : undefined}>
              <button type="button" className="dossier-open" aria-current={d.id === current ? 'true' : undefined} onClick={() => setSelected(d.id)}>
                <bdi>{d.title}</bdi> <span className="muted">· {plural(d.sections, 'section')}</span>
              </button>
              <button type="button" className="icon-button" aria-label={`Delete ${d.title}`} onClick={() => void remove(d.id, d.title)}>✕</button>
            </li>
          ))}
        </ul>
        <form className="dossier-create" aria-label="Create a dossier" onSubmit={(e) => { e.preventDefault(); if (title.trim()) void create(); }}>
          <label>
            New dossier
            <input value={title} dir="auto" onChange={(e) => setTitle(e.target.value)} placeholder="Title" maxLength={300} />
          </label>
          <label>
            Language
            <select value={language} onChange={(e) => setLanguage(e.target.value === 'fa' ? 'fa' : 'en')}>
              <option value="en">English</option>
              <option value="fa">Persian (فارسی)</option>
            </select>
          </label>
          <button type="submit" disabled={!title.trim()}>Create</button>
        </form>
      </section>
      {current ? (
        <DossierEditor key={current} id={current} onSaved={reload} />
      ) : (
        dossiers && <EmptyState title="No dossier yet.">Give it a title and press Create, then add sections from searches, codes or annotations.</EmptyState>
      )}
    </div>
  );
}
