/**
 * Worker-thread entry: takes one names job (see namesJob.ts) and its records, which the host
 * sends in messages after the start, runs it, hands back its entities a slice per request, and is
 * ended by the host.
 */
import { type MessagePort, parentPort, workerData } from 'node:worker_threads';
import type { InterviewRecord } from '../library/textStore';
import { lowerThisThreadPriority } from '../library/threadPriority';
import { runNamesJob, type NamesJob, type NamesRecords } from './namesJob';

/** The records the host sends, until it says they are all there. */
function receiveRecords(port: MessagePort): Promise<InterviewRecord[]> {
  return new Promise((resolve) => {
    const records: InterviewRecord[] = [];
    const take = (message: NamesRecords): void => {
      if (message.kind === 'records') {
        for (const r of message.records) records.push(r);
        return;
      }
      port.off('message', take);
      resolve(records);
    };
    port.on('message', take);
  });
}

const port = parentPort;
if (port) {
  const job = workerData as NamesJob;
  // In a host a researcher is using, answering them comes before finding names.
  if (job.lowPriority) lowerThisThreadPriority();
  void receiveRecords(port).then((records) => {
    const fail = (error: unknown): void => port.postMessage({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
    try {
      const slices = runNamesJob({ ...job, records }, (reply) => port.postMessage(reply));
      // Each slice waits for the host to ask for it: queued messages would all be parsed in one turn of its event loop.
      let next = 0;
      const sendNext = (): void => {
        const entities = slices[next++];
        port.postMessage(entities ? { kind: 'entities', entities } : { kind: 'done' });
      };
      port.on('message', (message: NamesRecords | 'next') => {
        if (typeof message !== 'object' || message.kind !== 'merge') return sendNext();
        try {
          runNamesJob({ ...job, records, share: undefined, namesOnly: true }, () => undefined);
          port.postMessage({ kind: 'done' });
        } catch (error) {
          fail(error);
        }
      });
      sendNext();
    } catch (error) {
      fail(error);
    }
  });
}
