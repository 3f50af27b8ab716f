import { useState, type ChangeEvent } from 'react';
import type { ImportReport } from '../../../preload/api';
import { request } from '../api/client';
import { ErrorMessage } from '../shared/Messages';
import { saveBlob } from '../shared/saveBlob';
import { plural } from '../../../preload/contract/plural';
import { base64ToBlob, bytesToBase64 } from './base64';

/** REFI-QDA: the project or the codebook out to ATLAS.ti, MAXQDA, NVivo or QualCoder, and back in. */
export function ProjectExchange() {
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async (work: () => Promise<void>): Promise<void> => {
    setError(null);
    setBusy(true);
    try {
      await work();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  const exportAs = (format: 'qdpx' | 'qdc') => run(async () => {
    const out = await request('exchange.export', { format });
    saveBlob(base64ToBlob(out.base64, format === 'qdpx' ? 'application/zip' : 'application/xml'), out.fileName);
    setStatus(`Saved ${out.fileName}: ${plural(out.sources, 'interview')}, ${plural(out.codes, 'code')}, ${plural(out.codings, 'coding')}, ${plural(out.notes, 'note')}.`);
  });
  const importFile = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    void run(async () => {
      setReport(null);
      const base64 = bytesToBase64(new Uint8Array(await file.arrayBuffer()));
      setReport(await request('exchange.import', { base64, fileName: file.name }));
      setStatus(null);
    });
  };
  return (
    <section aria-labelledby="refi-heading">
      <h2 id="refi-heading">REFI-QDA projects and codebooks</h2>
      <p className="muted">For ATLAS.ti, MAXQDA, NVivo, QualCoder and other tools that speak the REFI-QDA standard.</p>
      <div className="row">
        <button type="button" disabled={busy} onClick={() => void exportAs('qdpx')}>Export project (.qdpx)</button>
        <button type="button" disabled={busy} onClick={() => void exportAs('qdc')}>Export codebook (.qdc)</button>
        <label className="button-like">
          Import .qdpx or .qdc… <input type="file" accept=".qdpx,.qdc" onChange={importFile} disabled={busy} aria-label="Import a REFI-QDA project or codebook" />
        </label>
      </div>
      {status && <p role="status">{status}</p>}
      {error && <ErrorMessage message={error} />}
      {report && (
        <div role="status" aria-label="Import report">
          <p>
            Imported {plural(report.sources, 'interview')}{report.folder ? ` into ${report.folder}/` : ''}, {plural(report.codes, 'code')}, {plural(report.codings, 'coding')} and {plural(report.notes, 'note')}.
          </p>
          {report.skipped.length > 0 && (
            <>
              <p>Not imported — Testimony cannot hold these:</p>
              <ul className="skipped">{report.skipped.map((s, i) => <li key={i}><strong>{s.what}</strong>: {s.why}</li>)}</ul>
            </>
          )}
        </div>
      )}
    </section>
  );
}
