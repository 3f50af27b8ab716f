/**
 * Worker-thread entry, in two modes.
 * - archive (default): loads the catalog cache, reads the archive (parsing PDFs, DOCX and HTML
 *   is CPU work), saves the catalog, and sends the interviews' metadata back (their texts wait in
 *   the catalog's text store), so the host's main thread (Electron's, which also answers the
 *   window) never blocks on a large or hostile file. Each file is read by a file worker (below).
 * - file: reads single files on request under a heap ceiling; the archive worker ends it when a
 *   file runs over its time or memory budget, and only that file is lost.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { FileReadPool } from './budget/filePool';
import { serveFileReads } from './budget/fileWorker';
import { readForHost, type ReadJob, type ReadReply } from './readAndCache';
import { readFilesThrough } from './readInterview';

const port = parentPort;
if (port && (workerData as { mode?: string } | null)?.mode === 'file') {
  serveFileReads(port);
} else if (port) {
  const job = workerData as ReadJob;
  const pool = new FileReadPool(__filename);
  readFilesThrough(pool);
  readForHost(job, (done, total) => port.postMessage({ kind: 'progress', done, total } satisfies ReadReply))
    .then(
      (result) => port.postMessage({ kind: 'done', ...result } satisfies ReadReply),
      (error: unknown) => port.postMessage({ kind: 'error', message: error instanceof Error ? error.message : String(error) } satisfies ReadReply),
    )
    .finally(() => void pool.close());
}
