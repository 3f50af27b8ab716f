import { useState, type FormEvent } from 'react';
import type { RecentArchive } from '../../../preload/api';
import { request } from '../api/client';
import { useAsync } from '../shared/useAsync';
import { Dialog } from './Dialog';

/** Opens another archive folder by its path, or one of the recent ones; a wrong path says so and changes nothing. */
export function OpenArchiveDialog({ current, onClose }: { current?: string; onClose(): void }) {
  const recent = useAsync(() => request('archive.recent', {}), []);
  const [path, setPath] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function open(folder: string): Promise<void> {
    setBusy(true);
    setError(null);
    try {
      await request('archive.open', { path: folder });
      // Every view holds the old archive's data: start the page afresh on the new one.
      window.location.assign(window.location.pathname);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      setBusy(false);
    }
  }

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (path.trim()) void open(path.trim());
  };
  const others = recent.state === 'ready' ? recent.value.filter((r: RecentArchive) => r.path !== current) : [];

  return (
    <Dialog label="Open another archive" onClose={onClose}>
      <h2 className="dialog-title">Open another archive</h2>
      <form onSubmit={submit} className="open-archive-form">
        <label className="field">
          Folder of interviews (its full path on this computer)
          <input type="text" value={path} onChange={(e) => setPath(e.target.value)} placeholder="/home/me/interviews" autoFocus spellCheck={false} />
        </label>
        <button type="submit" disabled={busy || !path.trim()}>Open</button>
      </form>
      {error && <p className="error-message" role="alert">{error}</p>}
      <h3 className="dialog-subtitle">Recent archives</h3>
      {others.length === 0 ? <p className="muted">No other archive opened recently.</p> : (
        <ul className="recent-archives" aria-label="Recent archives">
          {others.map((r) => (
            <li key={r.path}>
              <button type="button" className="link-button" disabled={busy} onClick={() => void open(r.path)} title={r.path}>{r.name}</button>
              <span className="muted"> {r.path}</span>
            </li>
          ))}
        </ul>
      )}
      <button type="button" className="secondary" onClick={onClose}>Cancel</button>
    </Dialog>
  );
}
