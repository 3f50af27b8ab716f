import type PouchDB from 'pouchdb-node';

let loading: Promise<typeof PouchDB> | undefined;

/**
 * PouchDB with its HTTP and LevelDB stack, loaded on the first sync: imported at start-up it cost
 * every CLI search and every host start about 150 ms, sync or no sync.
 */
export function loadPouchDB(): Promise<typeof PouchDB> {
  return (loading ??= import('pouchdb-node').then((m) => m.default));
}
