/** Worker-thread entry: runs one names job (see namesJob.ts) and exits. */
import { parentPort, workerData } from 'node:worker_threads';
import { runNamesJob, type NamesJob } from './namesJob';

const port = parentPort;
if (port) {
  try {
    runNamesJob(workerData as NamesJob, (reply) => port.postMessage(reply));
  } catch (error) {
    port.postMessage({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
  }
}
