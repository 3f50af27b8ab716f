import { Worker } from 'node:worker_threads';
import { ArchiveReadError } from '../errors';
import type { ArchiveFile } from '../scan';
import type { InterviewRecord, TextStore } from '../textStore';
import type { Interview } from '../types';
import { READ_LIMITS } from './limits';

export interface FileRequest {
  id: number;
  file: ArchiveFile;
  capBytes?: number;
  /** The text store's folder: the worker writes the text there and sends back only the record. */
  storeDir?: string;
}

export type FileReply =
  | { id: number; ok: true; notes: string[]; interview: Interview }
  | { id: number; ok: true; notes: string[]; record: InterviewRecord }
  | { id: number; ok: false; reason: string };

export interface FileBudget {
  timeMs: number;
  heapMb: number;
}

interface Slot {
  worker: Worker;
  busy: boolean;
}

const seconds = (ms: number): string => `${Math.round(ms / 100) / 10} s`;

/**
 * Reads files in worker threads that each have a heap ceiling and a wall clock per file. A file
 * that runs over ends its worker (pdf.js and synchronous parsers cannot be stopped from inside)
 * and becomes a problem saying which limit it hit and what to do; a fresh worker takes its place.
 */
export class FileReadPool {
  private readonly slots: Slot[] = [];
  private readonly waiting: Array<(slot: Slot) => void> = [];
  private nextId = 0;

  constructor(private readonly workerPath: string, private readonly size = 2, private readonly budget: FileBudget = READ_LIMITS) {}

  /**
   * Reads one file in a worker. With a `store`, the worker writes the text into it and the
   * interview given back reads its text from there: the text is never copied between threads.
   */
  async read(file: ArchiveFile, capBytes?: number, store?: TextStore): Promise<{ interview: Interview; notes: string[] }> {
    const slot = await this.acquire();
    try {
      return await this.readIn(slot, { file, capBytes, storeDir: store?.dir }, store);
    } finally {
      this.release(slot);
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
    this.slots.length = 0;
  }

  private spawn(): Worker {
    const worker = new Worker(this.workerPath, {
      workerData: { mode: 'file' },
      resourceLimits: { maxOldGenerationSizeMb: this.budget.heapMb, maxYoungGenerationSizeMb: 32 },
    });
    worker.unref();
    return worker;
  }

  private acquire(): Promise<Slot> {
    const free = this.slots.find((s) => !s.busy);
    if (free) return Promise.resolve(this.take(free));
    if (this.slots.length < this.size) {
      const slot = { worker: this.spawn(), busy: false };
      this.slots.push(slot);
      return Promise.resolve(this.take(slot));
    }
    return new Promise((resolve) => this.waiting.push((slot) => resolve(this.take(slot))));
  }

  private take(slot: Slot): Slot {
    slot.busy = true;
    return slot;
  }

  private release(slot: Slot): void {
    slot.busy = false;
    this.waiting.shift()?.(slot);
  }

  private readIn(slot: Slot, request: Omit<FileRequest, 'id'>, store?: TextStore): Promise<{ interview: Interview; notes: string[] }> {
    const id = ++this.nextId;
    const { worker } = slot;
    return new Promise((resolve, reject) => {
      const replace = (reason: string): void => {
        cleanup();
        void worker.terminate();
        slot.worker = this.spawn();
        reject(new ArchiveReadError(reason));
      };
      const timer = setTimeout(
        () => replace(`reading took longer than the ${seconds(this.budget.timeMs)} allowed per file and was stopped: split the file, or export it as plain text (.txt)`),
        this.budget.timeMs,
      );
      const onMessage = (reply: FileReply): void => {
        if (reply.id !== id) return;
        cleanup();
        if (!reply.ok) reject(new ArchiveReadError(reply.reason));
        else if ('interview' in reply) resolve({ interview: reply.interview, notes: reply.notes });
        else if (store) resolve({ interview: store.adopt(reply.record), notes: reply.notes });
        else reject(new ArchiveReadError('the reader kept a text it was not asked to keep'));
      };
      const onError = (error: Error): void => {
        const memory = (error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY';
        replace(memory
          ? `reading needed more than the ${this.budget.heapMb} MB of memory allowed per file and was stopped: split the file, or export it as plain text (.txt)`
          : `the reader stopped unexpectedly (${error.message.slice(0, 160)})`);
      };
      const onExit = (): void => replace('the reader stopped unexpectedly while reading this file');
      const cleanup = (): void => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
      };
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      worker.postMessage({ id, ...request } satisfies FileRequest);
    });
  }
}
