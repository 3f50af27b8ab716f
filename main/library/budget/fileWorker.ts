/**
 * The per-file side of the read worker: reads one file at a time on request, so the archive
 * reader can end this thread (and only this file's work) when it runs over its budget.
 */
import type { MessagePort } from 'node:worker_threads';
import { reasonOf } from '../errors';
import { readInterviewInThread } from '../readInterview';
import type { ArchiveFile } from '../scan';
import type { FileReply, FileRequest } from './filePool';

export function serveFileReads(port: MessagePort): void {
  port.on('message', (request: FileRequest) => {
    readInterviewInThread(request.file as ArchiveFile, { capBytes: request.capBytes }).then(
      ({ interview, notes }) => port.postMessage({ id: request.id, ok: true, interview, notes } satisfies FileReply),
      (error: unknown) => port.postMessage({ id: request.id, ok: false, reason: reasonOf(error) } satisfies FileReply),
    );
  });
}
