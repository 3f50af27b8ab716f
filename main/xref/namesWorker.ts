/** Worker-thread entry: runs one names job (see namesJob.ts), hands back its entities a slice per request, and is ended by the host. */
import { parentPort, workerData } from 'node:worker_threads';
import { lowerThisThreadPriority } from '../library/threadPriority';
import { runNamesJob, type NamesJob } from './namesJob';

const port = parentPort;
if (port) {
  // In a host a researcher is using, answering them comes before finding names.
  if ((workerData as NamesJob).lowPriority) lowerThisThreadPriority();
  try {
    const slices = runNamesJob(workerData as NamesJob, (reply) => port.postMessage(reply));
    // Each slice waits for the host to ask for it: queued messages would all be parsed in one turn of its event loop.
    let next = 0;
    const sendNext = (): void => {
      const entities = slices[next++];
      port.postMessage(entities ? { kind: 'entities', entities } : { kind: 'done' });
    };
    port.on('message', sendNext);
    sendNext();
  } catch (error) {
    port.postMessage({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
  }
}
