import { useState } from 'react';
import type { CataloguePreview } from '../../../preload/api';
import { request } from '../api/client';
import { ErrorMessage } from '../shared/Messages';
import { plural } from '../../../preload/contract/plural';
import { useAsync } from '../shared/useAsync';

const FIELDS = ['', 'file', 'title', 'interviewee', 'interviewer', 'date', 'place', 'language', 'tags', 'publisher', 'rights', 'url'] as const;
type Field = Exclude<(typeof FIELDS)[number], ''>;

/** A catalogue CSV beside the files: Testimony suggests which column fills which field; the researcher confirms once. */
export function CataloguePanel() {
  const [version, setVersion] = useState(0);
  const candidates = useAsync(() => request('catalogue.candidates', {}), [version]);
  const [preview, setPreview] = useState<CataloguePreview | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const guard = (work: () => Promise<void>) => work().catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  const open = (csv: string) => guard(async () => {
    setError(null);
    setStatus(null);
    setPreview(await request('catalogue.preview', { csv }));
  });
  const remap = (header: string, field: Field | '') => guard(async () => {
    if (!preview) return;
    const columns = Object.fromEntries(Object.entries({ ...preview.columns, [header]: field }).filter(([, f]) => f)) as Record<string, Field>;
    setPreview(await request('catalogue.preview', { csv: preview.csv, columns }));
  });
  const confirm = () => guard(async () => {
    if (!preview) return;
    const { matched } = await request('catalogue.save', { csv: preview.csv, columns: preview.columns });
    setStatus(`Mapping saved with the archive: ${matched === 1 ? '1 interview now carries' : `${plural(matched, 'interview')} now carry`} the catalogue’s metadata.`);
    setVersion((v) => v + 1);
  });
  return (
    <section aria-labelledby="catalogue-heading">
      <h2 id="catalogue-heading">Catalogue metadata</h2>
      <p className="muted">A CSV beside the interviews with one row per file (from Omeka, CollectionBuilder or an OHMS export). Your own edits in the reader still win.</p>
      {candidates.state === 'ready' && candidates.value.length === 0 && <p className="muted">No catalogue CSV found in the archive.</p>}
      <ul>
        {candidates.state === 'ready' && candidates.value.map((c) => (
          <li key={c.csv}>
            <button type="button" className="link-button" onClick={() => void open(c.csv)}>{c.csv}</button> {c.saved && <span className="muted">(mapping saved)</span>}
          </li>
        ))}
      </ul>
      {preview && (
        <div>
          <p>{plural(preview.rows, 'row')}; {preview.matched === 1 ? '1 names' : `${preview.matched} name`} an interview of this archive.</p>
          <table aria-label={`Columns of ${preview.csv}`}>
            <thead><tr><th>Column</th><th>Fills</th><th>First row</th></tr></thead>
            <tbody>
              {preview.headers.map((h) => (
                <tr key={h}>
                  <td>{h}</td>
                  <td>
                    <select aria-label={`Field for column ${h}`} value={preview.columns[h] ?? ''} onChange={(e) => void remap(h, e.target.value as Field | '')}>
                      {FIELDS.map((f) => <option key={f} value={f}>{f === '' ? '(not used)' : f === 'file' ? 'file name (matches the row to an interview)' : f}</option>)}
                    </select>
                  </td>
                  <td className="muted">{preview.sample[0]?.[h] ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <button type="button" onClick={() => void confirm()}>Confirm this mapping</button>
        </div>
      )}
      {status && <p role="status">{status}</p>}
      {error && <ErrorMessage message={error} />}
    </section>
  );
}
