import { useState } from 'react';
import { request } from '../api/client';
import { ErrorMessage } from '../shared/Messages';
import { saveBlob } from '../shared/saveBlob';
import { useAsync } from '../shared/useAsync';

type Format = 'csl-json' | 'ris' | 'bibtex';
const TYPES: Record<Format, string> = { 'csl-json': 'application/vnd.citationstyles.csl+json', ris: 'application/x-research-info-systems', bibtex: 'application/x-bibtex' };

/** The interviews, or a dossier's sources, for a reference manager such as Zotero. */
export function CitationsPanel() {
  const dossiers = useAsync(() => request('dossier.list', {}), []);
  const [format, setFormat] = useState<Format>('csl-json');
  const [dossierId, setDossierId] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const save = async (): Promise<void> => {
    setError(null);
    try {
      const out = await request('citations.export', { format, ...(dossierId ? { dossierId } : {}) });
      saveBlob(new Blob([out.text], { type: `${TYPES[format]};charset=utf-8` }), out.fileName);
      setStatus(`Saved ${out.fileName}: ${out.count} interviews.`);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <section aria-labelledby="citations-heading">
      <h2 id="citations-heading">Citations</h2>
      <div className="row">
        <label>Format <select value={format} onChange={(e) => setFormat(e.target.value as Format)}>
          <option value="csl-json">CSL-JSON (Zotero, every field)</option>
          <option value="ris">RIS</option>
          <option value="bibtex">BibTeX</option>
        </select></label>
        <label>Interviews <select value={dossierId} onChange={(e) => setDossierId(e.target.value)}>
          <option value="">All interviews</option>
          {dossiers.state === 'ready' && dossiers.value.map((d) => <option key={d.id} value={d.id}>Sources of “{d.title}”</option>)}
        </select></label>
        <button type="button" onClick={() => void save()}>Export citations</button>
      </div>
      {status && <p role="status">{status}</p>}
      {error && <ErrorMessage message={error} />}
    </section>
  );
}
