/**
 * The per-file side of the read worker: reads one file at a time on request, so the archive
 * reader can end this thread (and only this file's work) when it runs over its budget.
 */
import type { MessagePort } from 'node:worker_threads';
import { reasonOf } from '../errors';
import { readInterviewInThread } from '../readInterview';
import type { ArchiveFile } from '../scan';
import { recordOf, TextStore, type InterviewRecord } from '../textStore';
import type { Interview } from '../types';
import type { FileReply, FileRequest } from './filePool';

/** The record alone once the text is in the store; the whole interview where it could not be written (a read-only archive). */
function kept(interview: Interview, storeDir: string | undefined): { interview: Interview } | { record: InterviewRecord } {
  if (storeDir === undefined) return { interview };
  try {
    TextStore.writeText(storeDir, interview);
    return { record: recordOf(interview) };
  } catch {
    return { interview };
  }
}

export function serveFileReads(port: MessagePort): void {
  port.on('message', (request: FileRequest) => {
    readInterviewInThread(request.file as ArchiveFile, { capBytes: request.capBytes }).then(
      ({ interview, notes }) => port.postMessage({ id: request.id, ok: true, notes, ...kept(interview, request.storeDir) } satisfies FileReply),
      (error: unknown) => port.postMessage({ id: request.id, ok: false, reason: reasonOf(error) } satisfies FileReply),
    );
  });
}
