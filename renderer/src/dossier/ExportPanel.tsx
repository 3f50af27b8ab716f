import { useEffect, useState } from 'react';
import type { DossierExport } from '../../../preload/api';
import { api, request, CallError } from '../api/client';
import { ErrorMessage, ProgressBar } from '../shared/Messages';
import { downloadExport } from './download';
import { Preview } from './Preview';
import { plural } from '../../../preload/contract/plural';

type State =
  | { kind: 'idle' }
  | { kind: 'running'; fraction: number }
  | { kind: 'done'; result: DossierExport }
  | { kind: 'failed'; message: string };

/** Export (with progress and Cancel), then save the PDF and preview its first pages. */
export function ExportPanel({ id, beforeExport }: { id: string; beforeExport(): Promise<void> }) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [saved, setSaved] = useState<string | null>(null);

  useEffect(() => api.on('dossier.progress', (p) => {
    if (p.id === id) setState((s) => (s.kind === 'running' ? { kind: 'running', fraction: p.fraction } : s));
  }), [id]);

  const run = async (): Promise<void> => {
    setSaved(null);
    setState({ kind: 'running', fraction: 0 });
    try {
      await beforeExport();
      setState({ kind: 'done', result: await request('dossier.export', { id }) });
    } catch (e) {
      setState(e instanceof CallError && e.code === 'cancelled' ? { kind: 'idle' } : { kind: 'failed', message: e instanceof Error ? e.message : String(e) });
    }
  };
  const save = async (result: DossierExport): Promise<void> => {
    try {
      const delivery = await request('dossier.saveAs', { exportId: result.exportId });
      if (delivery.kind === 'download') await downloadExport(delivery, result.fileName);
      setSaved(delivery.kind === 'saved' ? `Saved to ${delivery.fileName}.` : delivery.kind === 'download' ? `Downloaded ${result.fileName}.` : null);
    } catch (e) {
      setState({ kind: 'failed', message: e instanceof Error ? e.message : String(e) });
    }
  };

  return (
    <section className="dossier-export" aria-labelledby="export-heading">
      <h3 id="export-heading">Export</h3>
      <div className="export-actions">
        <button type="button" onClick={() => void run()} disabled={state.kind === 'running'}>Export PDF</button>
        {state.kind === 'running' && (
          <>
            <ProgressBar label="Rendering the dossier" done={Math.round(state.fraction * 100)} total={100} />
            <button type="button" className="secondary" onClick={() => void request('dossier.cancel', { id })}>Cancel</button>
          </>
        )}
      </div>
      {state.kind === 'failed' && <ErrorMessage message={state.message} />}
      {state.kind === 'done' && (
        <>
          <p role="status" className="export-result">
            {plural(state.result.pages, 'page')}, {plural(state.result.excerpts, 'excerpt')}, in {(state.result.ms / 1000).toFixed(1)} s.
          </p>
          <button type="button" onClick={() => void save(state.result)}>Save PDF…</button>
          {saved && <p className="hint" role="status">{saved}</p>}
          <Preview exportId={state.result.exportId} />
        </>
      )}
    </section>
  );
}
