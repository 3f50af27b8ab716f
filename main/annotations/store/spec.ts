/**
 * What the durable log needs to know about the state it keeps: the journal record schema, how a
 * snapshot is named in its header, and how to build the state from nothing or from a snapshot.
 * The annotation store is one such state; the cross-referencing store (main/xref) is another,
 * so both get the same crash-safety from one implementation.
 */
import type { z } from 'zod';
import { JournalRecordSchema, type Operation } from './ops';
import { StoreState, type StoreContents } from './state';

export interface LogState<Op> {
  apply(op: Op): void;
  contents(): unknown;
}

export interface LogSpec<Op, S extends LogState<Op>> {
  /** The `format` written in every snapshot header: a snapshot of another store is refused. */
  format: string;
  /** One journal line once parsed: `{ seq, o }`. */
  record: z.ZodType<{ seq: number; o: Op }>;
  empty(): S;
  /** Builds the state from a snapshot body whose checksum passed; throws when it has the wrong shape. */
  from(contents: unknown): S;
}

const shaped = (list: unknown): boolean => Array.isArray(list) && list.every((x) => typeof x === 'object' && x !== null && typeof (x as { id?: unknown }).id === 'string');

/** True when every named field of `contents` is a list of records with string ids. */
export function listsOfRecords(contents: unknown, fields: readonly string[]): boolean {
  if (typeof contents !== 'object' || contents === null) return false;
  const c = contents as Record<string, unknown>;
  return fields.every((f) => shaped(c[f]));
}

export const annotationLog: LogSpec<Operation, StoreState> = {
  format: 'testimony-annotations',
  record: JournalRecordSchema,
  empty: () => new StoreState(),
  from(contents) {
    if (!listsOfRecords(contents, ['annotations', 'codes', 'memos'])) throw new Error('contents are not annotations, codes and memos');
    return StoreState.from(contents as StoreContents);
  },
};
