/**
 * What a shard worker is sent for each interview. An interview whose text sits in the catalog's
 * text store crosses as its record only and the worker reads the text itself: reading, hashing
 * and copying a shard's texts on the host's thread paused its event loop for 100–350 ms.
 */
import { recordOf, storedIn, TextStore, type InterviewRecord } from '../library/textStore';
import { contentKey, type Interview } from '../library/types';
import { fieldTexts } from './fields';
import type { ShardInput } from './shard';

interface StoredDoc {
  id: string;
  hash: string;
  /** The text store's folder and the interview's record, from which the text is read. */
  dir: string;
  record: InterviewRecord;
}

export type ShardDoc = ShardInput | StoredDoc;

/** The interview's field texts, read on this thread. Keyed by text and edited metadata, so a metadata edit re-indexes the title and name fields. */
export const shardInputOf = (interview: Interview): ShardInput => ({ id: interview.id, hash: contentKey(interview), fields: fieldTexts(interview) });

/** What a worker is sent: the record alone when the worker can read the text from the store. */
export function shardDoc(interview: Interview): ShardDoc {
  const dir = storedIn(interview);
  return dir === undefined ? shardInputOf(interview) : { id: interview.id, hash: contentKey(interview), dir, record: recordOf(interview) };
}

const stores = new Map<string, TextStore>();

/** In the worker: the field texts of a document, reading a stored text (a damaged one throws, see TextStore). */
export function shardInput(doc: ShardDoc): ShardInput {
  if (!('dir' in doc)) return doc;
  let store = stores.get(doc.dir);
  if (store === undefined) stores.set(doc.dir, (store = new TextStore(doc.dir)));
  return { id: doc.id, hash: doc.hash, fields: fieldTexts(store.lazy(doc.record)) };
}
