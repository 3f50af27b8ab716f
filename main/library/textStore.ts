/**
 * The texts of the catalog cache, one file per interview text, apart from the catalog's metadata:
 * a warm start reads the metadata only, and a text is read when a snippet, the reader or
 * background work asks for it. Files are named by interview id and text hash, so an unchanged
 * interview's file is never written again and a changed one gets a new file.
 */
import { closeSync, existsSync, mkdirSync, openSync, readSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { threadId } from 'node:worker_threads';
import { decodeBody, encodeBody, type StoredBody } from './storedBody';
import type { Interview } from './types';

/** What an interview is without its text and passages: what the catalog keeps in memory. */
export type InterviewRecord = Omit<Interview, 'text' | 'passages'>;

/**
 * Files are read into one buffer that is used again (one per thread: reads are synchronous): no
 * size look-up and no new buffer per read, whose external memory would also count towards the
 * next collection. It grows for a bigger file, and one grown past SCRATCH_KEPT is let go after use.
 */
const SCRATCH_BYTES = 1 << 18;
const SCRATCH_KEPT = 1 << 22;
let scratch = Buffer.allocUnsafe(SCRATCH_BYTES);

/** The file's bytes, valid until the next read on this thread. */
function readWhole(file: string): Buffer {
  const fd = openSync(file, 'r');
  try {
    let length = 0;
    for (;;) {
      if (length === scratch.length) scratch = Buffer.concat([scratch, Buffer.allocUnsafe(scratch.length)]);
      const read = readSync(fd, scratch, length, scratch.length - length, null);
      if (read === 0) break;
      length += read;
    }
    const bytes = scratch.subarray(0, length);
    if (scratch.length > SCRATCH_KEPT) scratch = Buffer.allocUnsafe(SCRATCH_BYTES);
    return bytes;
  } finally {
    closeSync(fd);
  }
}

/**
 * Characters of recently read text kept in memory by default: none but the text being read (its
 * text and passages are asked for one after the other). A host used to keep 64M characters, and
 * every text it kept outlived two young-generation collections, was copied each time, and grew
 * the old generation, which then started full collections over the whole heap, index and all.
 * Over HTTP, the first round of the bench's query mix took 478-509 ms with that cache at 20,000
 * interviews and 264-274 ms without it (278-309 against 208-210 ms at 5,000); reading a hit's
 * text again costs about 75 us (read, hash check, decode, passages).
 */
const BUDGET_CHARS = 0;

/** The interview without its text and passages; a lazy interview's text is not read. */
export function recordOf(interview: Interview): InterviewRecord {
  const record: Record<string, unknown> = {};
  for (const key of Object.keys(interview)) if (key !== 'text' && key !== 'passages') record[key] = interview[key as keyof Interview];
  return record as unknown as InterviewRecord;
}

/** Told when a cached text turns out damaged (its file is then deleted, so the next read of the archive reads the file again). */
const damageListeners = new Set<(dir: string) => void>();
export function onDamagedText(listener: (dir: string) => void): () => void {
  damageListeners.add(listener);
  return () => damageListeners.delete(listener);
}

/** The folder of the store each lazy interview reads from: a worker can read the same texts itself. */
const homes = new WeakMap<Interview, string>();
export const storedIn = (interview: Interview): string | undefined => homes.get(interview);

export class TextStore {
  /** Recently read texts, oldest first (a Map keeps insertion order). */
  private readonly recent = new Map<string, StoredBody>();
  private chars = 0;
  /** Interviews whose text is on disk: saving them again writes nothing. */
  private readonly stored = new WeakSet<Interview>();
  /** Set when a write failed (a read-only archive): later texts stay in memory without trying each time. */
  private unwritable = false;

  /**
   * `cacheChars`: characters of recently read texts kept in memory, for a thread that reads a
   * few texts again and again (a names worker reads a batch's texts twice). Without it, only the
   * text being read is kept (see BUDGET_CHARS).
   */
  constructor(readonly dir: string, private readonly cacheChars = BUDGET_CHARS) {}

  static fileName(record: Pick<Interview, 'id' | 'hash'>): string {
    return `${record.id}-${record.hash.slice(0, 24)}.txt`;
  }

  /** The files in the store, listed once (one directory read rather than a look-up per interview). */
  private files: Set<string> | null = null;

  has(record: Pick<Interview, 'id' | 'hash'>): boolean {
    if (this.files === null) {
      try {
        this.files = new Set(readdirSync(this.dir));
      } catch {
        this.files = new Set();
      }
    }
    return this.files.has(TextStore.fileName(record));
  }

  /**
   * An interview whose text and passages are read from this store on first use. A text that is
   * missing or does not match its hash (the cache was damaged) throws rather than read as
   * something else (annotations are anchored on it), and the file is deleted so the archive's
   * next read reads the interview's file again.
   */
  lazy(record: InterviewRecord): Interview {
    const interview = { ...record } as Interview;
    const body = (): StoredBody => this.body(record);
    Object.defineProperty(interview, 'text', { enumerable: true, configurable: true, get: () => body().text });
    Object.defineProperty(interview, 'passages', { enumerable: true, configurable: true, get: () => body().passages() });
    this.stored.add(interview);
    homes.set(interview, this.dir);
    return interview;
  }

  /** Writes the text of every interview not yet on disk. */
  save(interviews: Iterable<Interview>): void {
    for (const interview of interviews) {
      if (this.stored.has(interview)) continue;
      TextStore.writeText(this.dir, interview);
      this.files?.add(TextStore.fileName(interview));
      this.stored.add(interview);
    }
  }

  /**
   * Saves a text just read and gives back its interview reading the text from disk, so a reader
   * of a whole archive holds no texts, only records. Where the store cannot be written (a
   * read-only archive), the interview is given back as it is, text and all.
   */
  keep(interview: Interview): Interview {
    if (this.stored.has(interview) || this.unwritable) return interview;
    try {
      TextStore.writeText(this.dir, interview);
    } catch {
      this.unwritable = true;
      return interview;
    }
    return this.adopt(recordOf(interview));
  }

  /** An interview whose text another thread wrote into this store (`writeText`), reading it from there. */
  adopt(record: InterviewRecord): Interview {
    this.files?.add(TextStore.fileName(record));
    return this.lazy(record);
  }

  /**
   * Writes an interview's text into the store at `dir` unless it is there already; throws where
   * it cannot. Any thread may call it: a file worker writes the text it has just read, so the
   * text never crosses to another thread.
   */
  static writeText(dir: string, interview: Interview): void {
    const file = path.join(dir, TextStore.fileName(interview));
    if (existsSync(file)) return;
    const content = encodeBody(interview.text, interview.passages);
    const temp = `${file}.${process.pid}.${threadId}.tmp`;
    try {
      writeFileSync(temp, content);
    } catch (error) {
      // The folder is made on the first write (one mkdir per store, not per text), or again if it was deleted.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      mkdirSync(dir, { recursive: true });
      writeFileSync(temp, content);
    }
    renameSync(temp, file);
  }

  /** Deletes the files of texts no interview uses any more. */
  prune(keep: Iterable<Pick<Interview, 'id' | 'hash'>>): void {
    const wanted = new Set([...keep].map((r) => TextStore.fileName(r)));
    let names: string[];
    try {
      names = readdirSync(this.dir);
    } catch {
      return;
    }
    for (const name of names) {
      if (wanted.has(name)) continue;
      rmSync(path.join(this.dir, name), { force: true });
      this.files?.delete(name);
    }
  }

  /** Deletes a damaged text's file and tells the listeners; gives back the error to throw. */
  private damaged(record: InterviewRecord, key: string): Error {
    const held = this.recent.get(key);
    if (held !== undefined) {
      this.recent.delete(key);
      this.chars -= held.text.length;
    }
    rmSync(path.join(this.dir, key), { force: true });
    this.files?.delete(key);
    for (const listener of damageListeners) listener(this.dir);
    return new Error(`The cached text of ${record.path} was damaged: it is being read again from the file.`);
  }

  private body(record: InterviewRecord): StoredBody {
    const key = TextStore.fileName(record);
    const known = this.recent.get(key);
    if (known !== undefined) {
      this.recent.delete(key);
      this.recent.set(key, known);
      return known;
    }
    let body: StoredBody;
    try {
      const stored = decodeBody(readWhole(path.join(this.dir, key)), record.hash);
      if (stored === null) throw new Error('damaged');
      body = {
        text: stored.text,
        passages: () => {
          try {
            return stored.passages();
          } catch {
            throw this.damaged(record, key);
          }
        },
      };
    } catch {
      throw this.damaged(record, key);
    }
    this.recent.set(key, body);
    this.chars += body.text.length;
    for (const [oldKey, old] of this.recent) {
      if (this.chars <= this.cacheChars || oldKey === key) break;
      this.recent.delete(oldKey);
      this.chars -= old.text.length;
    }
    return body;
  }
}
