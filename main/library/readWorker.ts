/**
 * Worker-thread entry: loads the catalog cache, reads the archive (parsing PDFs, DOCX and HTML
 * is CPU work), saves the catalog, and sends the interviews' metadata back (their texts wait in
 * the catalog's text store), so the host's main thread (Electron's, which also answers the
 * window) never blocks on a large or hostile file.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { readForHost, type ReadJob, type ReadReply } from './readAndCache';

const port = parentPort;
if (port) {
  const job = workerData as ReadJob;
  readForHost(job, (done, total) => port.postMessage({ kind: 'progress', done, total } satisfies ReadReply)).then(
    (result) => port.postMessage({ kind: 'done', ...result } satisfies ReadReply),
    (error: unknown) => port.postMessage({ kind: 'error', message: error instanceof Error ? error.message : String(error) } satisfies ReadReply),
  );
}
